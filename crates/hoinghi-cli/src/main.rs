//! `hoinghi`: check, parse, render and count conference plans from the command line.
//!
//! Exit codes: 0 success (for `check`: no errors), 1 the plan has errors, 2 bad input.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use hoinghi::quorum::{check_attendance, Attendance, QuorumRule};
use hoinghi::render::Format;
use hoinghi::{Diagnostic, Locale, Plan, Severity, ValidateOptions};

mod summary;

#[derive(Parser)]
#[command(
    name = "hoinghi",
    version,
    about = "Kiểm tra và xuất kế hoạch tổ chức hội nghị / Check and publish conference plans"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Input {
    /// Decide by content: a Word document when it is a zip (or a Word 97–2003 .doc, to
    /// say so), JSON when it starts with `{`, else text.
    Auto,
    /// Plan text.
    Text,
    /// Plan JSON.
    Json,
    /// A Word document (.docx).
    Docx,
    /// Text or a Word document, by content, never JSON (`parse`).
    #[value(skip)]
    Document,
}

#[derive(Clone, Copy, ValueEnum)]
enum Lang {
    Vi,
    En,
}

#[derive(Clone, Copy, ValueEnum)]
enum Output {
    Human,
    Json,
}

#[derive(Clone, Copy, ValueEnum)]
enum To {
    Text,
    Md,
    Html,
    Json,
}

#[derive(Clone, Copy, ValueEnum)]
enum Export {
    /// An iCalendar invitation (.ics).
    Ics,
    /// The plan as a Word document (.docx).
    Docx,
    /// One invitation letter (Giấy mời) per invited body, as .txt, .html and .docx.
    Letters,
}

#[derive(Clone, Copy, ValueEnum)]
enum Preset {
    /// At least 2/3 of delegates and 2/3 of units (Youth Union congress).
    YouthUnion,
    /// More than half of those summoned.
    MoreThanHalf,
}

#[derive(Subcommand)]
enum Command {
    /// Check a plan: summary, delegate count and diagnostics.
    Check {
        /// Plan file (text, JSON or .docx), or `-` for standard input.
        file: PathBuf,
        /// Language of messages.
        #[arg(long, value_enum, default_value = "vi")]
        lang: Lang,
        /// Output format.
        #[arg(long, value_enum, default_value = "human")]
        format: Output,
        /// How to read the input.
        #[arg(long, value_enum, default_value = "auto")]
        input: Input,
        /// Fewest days between issue and conference before `short-notice`.
        #[arg(long, default_value_t = 7)]
        min_lead_days: u32,
        /// Rules not to run (codes), comma separated.
        #[arg(long, value_delimiter = ',')]
        disable: Vec<String>,
    },
    /// Read plan text or a Word document and print it as JSON; parse diagnostics go to
    /// standard error.
    Parse {
        /// Plan text or .docx, or `-` for standard input.
        file: PathBuf,
        /// Output format (only json).
        #[arg(long, default_value = "json")]
        format: String,
    },
    /// Render a plan as text, Markdown, HTML or JSON.
    Render {
        /// Plan file (text, JSON or .docx), or `-`.
        file: PathBuf,
        /// Target format.
        #[arg(long, value_enum)]
        to: To,
        /// Output file (standard output when absent).
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// How to read the input.
        #[arg(long, value_enum, default_value = "auto")]
        input: Input,
    },
    /// Export an iCalendar invitation, the plan as .docx, or the invitation letters.
    Export {
        /// Plan file (text, JSON or .docx), or `-`.
        file: PathBuf,
        /// What to make.
        #[arg(long, value_enum)]
        to: Export,
        /// Folder to write into (created if needed); without it, ics goes to standard output.
        #[arg(short = 'o', long = "out-dir")]
        out_dir: Option<PathBuf>,
        /// How to read the input.
        #[arg(long, value_enum, default_value = "auto")]
        input: Input,
    },
    /// Count delegates and print the breakdown as JSON.
    Count {
        /// Plan file (text, JSON or .docx), or `-`.
        file: PathBuf,
        /// How to read the input.
        #[arg(long, value_enum, default_value = "auto")]
        input: Input,
    },
    /// Check a quorum rule against the plan, and an attendance record when given.
    Quorum {
        /// Plan file (text, JSON or .docx), or `-`.
        file: PathBuf,
        /// A preset rule.
        #[arg(long, value_enum, conflicts_with = "rule")]
        preset: Option<Preset>,
        /// A rule as a JSON file.
        #[arg(long)]
        rule: Option<PathBuf>,
        /// An attendance record as a JSON file.
        #[arg(long)]
        attendance: Option<PathBuf>,
        /// Language of the summary.
        #[arg(long, value_enum, default_value = "vi")]
        lang: Lang,
    },
}

/// An input problem: exit code 2.
struct Fail(String);

impl<E: std::fmt::Display> From<E> for Fail {
    fn from(e: E) -> Self {
        Self(e.to_string())
    }
}

fn read(path: &Path) -> Result<Vec<u8>, Fail> {
    let mut bytes = Vec::new();
    if path == Path::new("-") {
        std::io::stdin()
            .read_to_end(&mut bytes)
            .map_err(|e| Fail(format!("cannot read standard input: {e}")))?;
    } else {
        bytes = std::fs::read(path)
            .map_err(|e| Fail(format!("cannot read {}: {e}", path.display())))?;
    }
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(Fail(format!("{} is empty", path.display())));
    }
    Ok(bytes)
}

/// Reads a plan; text and Word documents also yield parse diagnostics.
fn load(path: &Path, input: Input) -> Result<(Plan, Vec<Diagnostic>), Fail> {
    let bytes = read(path)?;
    let word = hoinghi::docx::kind(&bytes) != hoinghi::docx::Kind::Other;
    if input == Input::Docx || (matches!(input, Input::Auto | Input::Document) && word) {
        let parsed = hoinghi::docx::read(&bytes)
            .map_err(|e| Fail(format!("{}: {e} [{}]", path.display(), e.code())))?;
        return Ok((parsed.plan, parsed.diagnostics));
    }
    let json = match input {
        Input::Json => true,
        Input::Text | Input::Docx | Input::Document => false,
        Input::Auto => bytes.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'{'),
    };
    if json {
        let text = std::str::from_utf8(&bytes)
            .map_err(|e| Fail(format!("{}: not UTF-8 ({e})", path.display())))?;
        let plan =
            hoinghi::json::from_str(text).map_err(|e| Fail(format!("{}: {e}", path.display())))?;
        Ok((plan, Vec::new()))
    } else {
        let parsed = hoinghi::text::parse_bytes(&bytes)
            .map_err(|e| Fail(format!("{}: {e}", path.display())))?;
        Ok((parsed.plan, parsed.diagnostics))
    }
}

fn locale(lang: Lang) -> Locale {
    match lang {
        Lang::Vi => Locale::Vi,
        Lang::En => Locale::En,
    }
}

fn write_out(output: Option<&Path>, text: &str) -> Result<(), Fail> {
    match output {
        Some(path) => std::fs::write(path, text)
            .map_err(|e| Fail(format!("cannot write {}: {e}", path.display()))),
        None => {
            let mut out = std::io::stdout().lock();
            out.write_all(text.as_bytes())?;
            out.flush()?;
            Ok(())
        }
    }
}

fn json<T: serde::Serialize>(value: &T) -> Result<String, Fail> {
    Ok(serde_json::to_string_pretty(value)? + "\n")
}

fn run(cli: Cli) -> Result<ExitCode, Fail> {
    match cli.command {
        Command::Check {
            file,
            lang,
            format,
            input,
            min_lead_days,
            disable,
        } => {
            let (plan, mut diagnostics) = load(&file, input)?;
            let mut disabled = Vec::new();
            for name in &disable {
                disabled.push(
                    hoinghi::Code::from_name(name)
                        .ok_or_else(|| Fail(format!("unknown rule code {name:?}")))?,
                );
            }
            let options = ValidateOptions {
                min_lead_days,
                disabled,
                only: None,
            };
            diagnostics.extend(hoinghi::validate_with(&plan, &options));
            let count = hoinghi::count_delegates(&plan);
            let text = match format {
                Output::Json => json(&serde_json::json!({
                    "summary": summary::facts(&plan, &count),
                    "delegates": count,
                    "diagnostics": diagnostics,
                }))?,
                Output::Human => summary::human(&plan, &count, &diagnostics, locale(lang)),
            };
            write_out(None, &text)?;
            let errors = diagnostics.iter().any(|d| d.severity == Severity::Error);
            Ok(if errors {
                ExitCode::from(1)
            } else {
                ExitCode::SUCCESS
            })
        }
        Command::Parse { file, format } => {
            if format != "json" {
                return Err(Fail(format!(
                    "unknown format {format:?}: parse prints json"
                )));
            }
            let (plan, diagnostics) = load(&file, Input::Document)?;
            for d in &diagnostics {
                let at = match (hoinghi::docx::location(d), d.source) {
                    (Some(place), _) => format!("{}: ", place.en),
                    (None, Some(s)) => format!("{}:{}: ", s.line, s.column),
                    (None, None) => String::new(),
                };
                eprintln!(
                    "{at}{} [{}] {}",
                    d.severity.label(Locale::En),
                    d.code,
                    d.message.en
                );
            }
            write_out(None, &(hoinghi::json::to_string_pretty(&plan) + "\n"))?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Render {
            file,
            to,
            output,
            input,
        } => {
            let (plan, _) = load(&file, input)?;
            let text = match to {
                To::Text => hoinghi::render::render(&plan, Format::Text),
                To::Md => hoinghi::render::render(&plan, Format::Markdown),
                To::Html => hoinghi::render::render(&plan, Format::Html),
                To::Json => hoinghi::json::to_string_pretty(&plan) + "\n",
            };
            write_out(output.as_deref(), &text)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Export {
            file,
            to,
            out_dir,
            input,
        } => {
            let (plan, _) = load(&file, input)?;
            let stem = file
                .file_stem()
                .filter(|_| file != Path::new("-"))
                .map_or_else(
                    || "ke-hoach".to_owned(),
                    |s| s.to_string_lossy().into_owned(),
                );
            let dir = match (&out_dir, to) {
                (None, Export::Ics) => {
                    let ics =
                        hoinghi::export::ics::to_icalendar(&plan).map_err(hoinghi::Error::from)?;
                    write_out(None, &ics)?;
                    return Ok(ExitCode::SUCCESS);
                }
                (None, _) => {
                    return Err(Fail(
                        "give --out-dir: .docx and letters are files".to_owned(),
                    ))
                }
                (Some(dir), _) => dir,
            };
            std::fs::create_dir_all(dir)
                .map_err(|e| Fail(format!("cannot create {}: {e}", dir.display())))?;
            let input = std::fs::canonicalize(&file).ok();
            let write = |name: String, bytes: &[u8]| -> Result<(), Fail> {
                let path = dir.join(name);
                // `export plan.docx --to docx -o .` would write the plan over itself.
                if input.is_some() && std::fs::canonicalize(&path).ok() == input {
                    return Err(Fail(format!(
                        "{} is the input: give another --out-dir",
                        path.display()
                    )));
                }
                std::fs::write(&path, bytes)
                    .map_err(|e| Fail(format!("cannot write {}: {e}", path.display())))?;
                eprintln!("{}", path.display());
                Ok(())
            };
            match to {
                Export::Ics => write(
                    format!("{stem}.ics"),
                    hoinghi::export::ics::to_icalendar(&plan)
                        .map_err(hoinghi::Error::from)?
                        .as_bytes(),
                )?,
                Export::Docx => write(
                    format!("{stem}.docx"),
                    &hoinghi::export::docx::plan(&plan).map_err(hoinghi::Error::from)?,
                )?,
                Export::Letters => {
                    let letters =
                        hoinghi::export::letters::letters(&plan).map_err(hoinghi::Error::from)?;
                    if letters.is_empty() {
                        eprintln!("hoinghi: nobody is invited (\"Mời\"): no letters to write");
                    }
                    for (i, letter) in letters.iter().enumerate() {
                        let name = format!(
                            "giay-moi-{:02}-{}",
                            i + 1,
                            hoinghi::export::slug(&letter.invitation.addressee)
                        );
                        write(format!("{name}.txt"), letter.text.as_bytes())?;
                        write(format!("{name}.html"), letter.html.as_bytes())?;
                        write(
                            format!("{name}.docx"),
                            &hoinghi::export::docx::letter(&plan, &letter.invitation)
                                .map_err(hoinghi::Error::from)?,
                        )?;
                    }
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Count { file, input } => {
            let (plan, _) = load(&file, input)?;
            write_out(None, &json(&hoinghi::count_delegates(&plan))?)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Quorum {
            file,
            preset,
            rule,
            attendance,
            lang,
        } => {
            let (plan, _) = load(&file, Input::Auto)?;
            let rule: QuorumRule = match (preset, rule) {
                (Some(Preset::YouthUnion), _) => QuorumRule::youth_union_congress(),
                (Some(Preset::MoreThanHalf), _) => QuorumRule::more_than_half(),
                (None, Some(path)) => serde_json::from_slice(&read(&path)?)
                    .map_err(|e| Fail(format!("{}: {e}", path.display())))?,
                (None, None) => plan.quorum.clone().ok_or_else(|| {
                    Fail("give --preset or --rule: the plan has no quorum rule".to_owned())
                })?,
            };
            let unreachable = hoinghi::quorum::reachability(&plan, &rule, "/quorum");
            for u in &unreachable {
                eprintln!("{} {}", u.path, u.message.get(locale(lang)));
            }
            let Some(path) = attendance else {
                return Ok(if unreachable.is_empty() {
                    ExitCode::SUCCESS
                } else {
                    ExitCode::from(1)
                });
            };
            let record: Attendance = serde_json::from_slice(&read(&path)?)
                .map_err(|e| Fail(format!("{}: {e}", path.display())))?;
            let report = check_attendance(&plan, &rule, &record)?;
            eprintln!("{}", report.summary.get(locale(lang)));
            write_out(None, &json(&report)?)?;
            Ok(if report.outcome == hoinghi::quorum::Outcome::NotMet {
                ExitCode::from(1)
            } else {
                ExitCode::SUCCESS
            })
        }
    }
}

fn main() -> ExitCode {
    match run(Cli::parse()) {
        Ok(code) => code,
        Err(Fail(message)) => {
            eprintln!("hoinghi: {message}");
            ExitCode::from(2)
        }
    }
}
