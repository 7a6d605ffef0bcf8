//! `hoinghi`: check, parse, render and count conference plans from the command line.
//!
//! Exit codes: 0 success (for `check`: no errors), 1 the plan has errors (`export`
//! refuses such a plan without `--force`), 2 a failure, told with its stable code
//! ([`failure`]).
//!
//! Text from a plan shown on the terminal is escaped ([`terminal::shown`]); files are
//! written all or nothing and links are not followed ([`output`]); what standard error
//! cannot take (`2>/dev/full`) is dropped rather than fatal, and a reader that stops
//! reading standard output (`| head`) ends the output quietly.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use hoinghi::quorum::{check_attendance, Attendance, QuorumRule};
use hoinghi::render::Format;
use hoinghi::{Diagnostic, Locale, Plan, Severity, ValidateOptions};

use crate::failure::Fail;
use crate::output::{capped, Staged, MAX_NAME_BYTES};
use crate::terminal::shown;

mod failure;
mod output;
mod summary;
mod terminal;

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
        /// Lay the plan out officially (NĐ 30 / the Youth Union guidance) instead of
        /// as written; each change it makes is listed on standard error.
        #[arg(long)]
        official: bool,
    },
    /// Export an iCalendar invitation, the plan as .docx, or the invitation letters.
    Export {
        /// Plan file (text, JSON or .docx), or `-`.
        file: PathBuf,
        /// What to make.
        #[arg(long, value_enum)]
        to: Export,
        /// Folder to write into (created if needed); without it, ics goes to standard output.
        /// Files are written all or nothing; letters of an earlier export there are replaced.
        #[arg(short = 'o', long = "out-dir")]
        out_dir: Option<PathBuf>,
        /// How to read the input.
        #[arg(long, value_enum, default_value = "auto")]
        input: Input,
        /// Export even when validation finds errors in the plan.
        #[arg(long)]
        force: bool,
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

/// Writes a line to standard error. A line standard error cannot take (`2>/dev/full`)
/// is dropped: there is nowhere left to report that.
fn note(line: &str) {
    let _ = writeln!(std::io::stderr().lock(), "{line}");
}

/// How messages name an input: its path, or "standard input" for `-`.
fn named(path: &Path) -> String {
    if path == Path::new("-") {
        "standard input".to_owned()
    } else {
        path.display().to_string()
    }
}

/// The most bytes read from an input: the largest plan JSON (plan text is smaller,
/// and is refused by the reader beyond its own limit).
const MAX_INPUT_BYTES: usize = hoinghi::json::MAX_JSON_BYTES;

const BOM: &[u8] = b"\xEF\xBB\xBF";

fn read(path: &Path) -> Result<Vec<u8>, Fail> {
    let mut bytes = Vec::new();
    let limit = u64::try_from(MAX_INPUT_BYTES)
        .unwrap_or(u64::MAX)
        .saturating_add(1);
    let result = if path == Path::new("-") {
        std::io::stdin().lock().take(limit).read_to_end(&mut bytes)
    } else {
        std::fs::File::open(path).and_then(|f| f.take(limit).read_to_end(&mut bytes))
    };
    result.map_err(|e| {
        Fail::at(
            path,
            "input-unreadable",
            format!("cannot read {}: {e}", named(path)),
        )
    })?;
    if bytes.len() > MAX_INPUT_BYTES {
        return Err(Fail::at(
            path,
            "input-too-large",
            format!(
                "{}: the input is larger than {MAX_INPUT_BYTES} bytes, the most any input may be",
                named(path),
            ),
        ));
    }
    let body = bytes.strip_prefix(BOM).unwrap_or(&bytes);
    if body.iter().all(u8::is_ascii_whitespace) {
        return Err(Fail::at(
            path,
            "input-empty",
            format!("{} is empty", named(path)),
        ));
    }
    Ok(bytes)
}

/// UTF-8 text of JSON input, or the error the text reader gives for bytes that are not.
fn utf8<'a>(path: &Path, bytes: &'a [u8]) -> Result<&'a str, Fail> {
    std::str::from_utf8(bytes).map_err(|e| {
        let e = hoinghi::text::ParseError::NotUtf8 {
            offset: e.valid_up_to(),
            hint: None,
        };
        Fail::input(path, e)
    })
}

/// Reads a value of the library's types (a quorum rule, an attendance record) from a
/// JSON file, with the library's limits and JSON pointers.
fn read_json<T: serde::de::DeserializeOwned>(path: &Path) -> Result<T, Fail> {
    let bytes = read(path)?;
    hoinghi::json::read(utf8(path, &bytes)?).map_err(|e| Fail::input(path, e))
}

/// Reads a plan; text and Word documents also yield parse diagnostics.
fn load(path: &Path, input: Input) -> Result<(Plan, Vec<Diagnostic>), Fail> {
    let bytes = read(path)?;
    let word = hoinghi::docx::kind(&bytes) != hoinghi::docx::Kind::Other;
    if input == Input::Docx || (matches!(input, Input::Auto | Input::Document) && word) {
        let parsed = hoinghi::docx::read(&bytes).map_err(|e| Fail::input(path, e))?;
        return Ok((parsed.plan, parsed.diagnostics));
    }
    let body = bytes.strip_prefix(BOM).unwrap_or(&bytes);
    let json = match input {
        Input::Json => true,
        Input::Text | Input::Docx | Input::Document => false,
        Input::Auto => body.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'{'),
    };
    if json {
        let plan =
            hoinghi::json::from_str(utf8(path, &bytes)?).map_err(|e| Fail::input(path, e))?;
        Ok((plan, Vec::new()))
    } else {
        let parsed = hoinghi::text::parse_bytes(&bytes).map_err(|e| Fail::input(path, e))?;
        Ok((parsed.plan, parsed.diagnostics))
    }
}

fn locale(lang: Lang) -> Locale {
    match lang {
        Lang::Vi => Locale::Vi,
        Lang::En => Locale::En,
    }
}

/// Writes `text` to the file `output` (all or nothing, saying when a file is
/// replaced), or to standard output. A reader that stops reading standard output
/// (`| head`) is not an error: the rest is not wanted.
fn write_out(output: Option<&Path>, text: &str) -> Result<(), Fail> {
    match output {
        Some(path) => {
            if let Some(change @ output::Change::Replaced(_)) =
                output::write_file(path, text.as_bytes())?
            {
                note(&change.line());
            }
            Ok(())
        }
        None => {
            let mut out = std::io::stdout().lock();
            match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
                Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(Fail::output(format!(
                    "cannot write to standard output: {e}"
                ))),
                _ => Ok(()),
            }
        }
    }
}

/// Whether `name` is a file `export --to letters` writes (and so, when this export
/// does not write it again, one of an earlier export's).
fn is_letter(name: &str) -> bool {
    name.starts_with("giay-moi-")
        && [".txt", ".html", ".docx"]
            .iter()
            .any(|ext| name.ends_with(ext))
}

/// The errors validation finds, told on standard error, when an export should stop.
fn refused(path: &Path, plan: &Plan, parsed: Vec<Diagnostic>) -> bool {
    let errors: Vec<Diagnostic> = parsed
        .into_iter()
        .chain(hoinghi::validate(plan))
        .filter(|d| d.severity == Severity::Error)
        .collect();
    if errors.is_empty() {
        return false;
    }
    note(&format!(
        "hoinghi: {}: the plan has {} error{}, so it is not exported (correct {}, or give --force to export it as it is):",
        shown(&named(path)),
        errors.len(),
        if errors.len() == 1 { "" } else { "s" },
        if errors.len() == 1 { "it" } else { "them" },
    ));
    for d in &errors {
        note(&format!(
            "  [{}] {} {}",
            d.code,
            shown(&d.path),
            shown(&d.message.en)
        ));
    }
    true
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
                        .ok_or_else(|| Fail::usage(format!("unknown rule code {name:?}")))?,
                );
            }
            let options = ValidateOptions {
                min_lead_days,
                disabled,
                only: None,
            };
            diagnostics.extend(hoinghi::validate_with(&plan, &options));
            let count = hoinghi::count_delegates(&plan).map_err(hoinghi::Error::from)?;
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
                return Err(Fail::usage(format!(
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
                note(&format!(
                    "{at}{} [{}] {}",
                    d.severity.label(Locale::En),
                    d.code,
                    shown(&d.message.en)
                ));
            }
            write_out(None, &(hoinghi::json::to_string_pretty(&plan) + "\n"))?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Render {
            file,
            to,
            output,
            input,
            official,
        } => {
            let (plan, _) = load(&file, input)?;
            let options = hoinghi::render::RenderOptions { official };
            if official {
                for change in hoinghi::render::official_changes(&plan) {
                    for line in &change.removed {
                        eprintln!("- {}", terminal::shown(line));
                    }
                    for line in &change.added {
                        eprintln!("+ {}", terminal::shown(line));
                    }
                    eprintln!();
                }
            }
            let text = match to {
                To::Text => hoinghi::render::render_with(&plan, Format::Text, options),
                To::Md => hoinghi::render::render_with(&plan, Format::Markdown, options),
                To::Html => hoinghi::render::render_with(&plan, Format::Html, options),
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
            force,
        } => {
            let (plan, parsed) = load(&file, input)?;
            if !force && refused(&file, &plan, parsed) {
                return Ok(ExitCode::from(1));
            }
            let stem = file
                .file_stem()
                .filter(|_| file != Path::new("-"))
                .map(|s| capped(&s.to_string_lossy(), MAX_NAME_BYTES).to_owned())
                .filter(|s| !s.is_empty())
                .unwrap_or_else(|| "ke-hoach".to_owned());
            let dir = match (&out_dir, to) {
                (None, Export::Ics) => {
                    let ics =
                        hoinghi::export::ics::to_icalendar(&plan).map_err(hoinghi::Error::from)?;
                    write_out(None, &ics)?;
                    return Ok(ExitCode::SUCCESS);
                }
                (None, _) => {
                    return Err(Fail::usage("give --out-dir: .docx and letters are files"))
                }
                (Some(dir), _) => dir,
            };
            // `export plan.docx --to docx -o .` would write the plan over itself.
            let mut staged = Staged::new(dir)?.keeping(&file);
            match to {
                Export::Ics => staged.write(
                    &format!("{stem}.ics"),
                    hoinghi::export::ics::to_icalendar(&plan)
                        .map_err(hoinghi::Error::from)?
                        .as_bytes(),
                )?,
                Export::Docx => staged.write(
                    &format!("{stem}.docx"),
                    &hoinghi::export::docx::plan(&plan).map_err(hoinghi::Error::from)?,
                )?,
                Export::Letters => {
                    let mut letters = hoinghi::export::letters::Letters::new(&plan)
                        .map_err(hoinghi::Error::from)?;
                    if letters.len() == 0 {
                        note("hoinghi: nobody is invited (\"Mời\"): no letters to write");
                    }
                    // Numbers as wide as the last, so that names sort in order.
                    let width = letters.len().to_string().len().max(2);
                    let mut n = 0usize;
                    while let Some(letter) = letters.next() {
                        let letter = letter.map_err(hoinghi::Error::from)?;
                        n += 1;
                        let name = format!(
                            "giay-moi-{n:0width$}-{}",
                            hoinghi::export::slug(&letter.invitation.addressee)
                        );
                        let name = capped(&name, MAX_NAME_BYTES);
                        let docx = hoinghi::export::docx::letter(&plan, &letter.invitation)
                            .map_err(hoinghi::Error::from)?;
                        letters.charge(docx.len()).map_err(hoinghi::Error::from)?;
                        staged.write(&format!("{name}.txt"), letter.text.as_bytes())?;
                        staged.write(&format!("{name}.html"), letter.html.as_bytes())?;
                        staged.write(&format!("{name}.docx"), &docx)?;
                    }
                }
            }
            let stale = |name: &str| matches!(to, Export::Letters) && is_letter(name);
            for change in staged.commit(stale)? {
                note(&change.line());
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Count { file, input } => {
            let (plan, _) = load(&file, input)?;
            write_out(
                None,
                &json(&hoinghi::count_delegates(&plan).map_err(hoinghi::Error::from)?)?,
            )?;
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
                (None, Some(path)) => read_json(&path)?,
                (None, None) => plan.quorum.clone().ok_or_else(|| {
                    Fail::usage("give --preset or --rule: the plan has no quorum rule")
                })?,
            };
            // The limits hold for a rule given on its own as for one in a plan.
            hoinghi::bounds::check_rule(&rule).map_err(hoinghi::quorum::QuorumError::Limit)?;
            let unreachable = hoinghi::quorum::reachability(&plan, &rule, "/quorum");
            for u in &unreachable {
                note(&format!(
                    "{} {}",
                    shown(&u.path),
                    shown(u.message.get(locale(lang)))
                ));
            }
            let Some(path) = attendance else {
                return Ok(if unreachable.is_empty() {
                    ExitCode::SUCCESS
                } else {
                    ExitCode::from(1)
                });
            };
            let record: Attendance = read_json(&path)?;
            let report = check_attendance(&plan, &rule, &record)?;
            note(&shown(report.summary.get(locale(lang))));
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
    let cli = Cli::parse();
    let json = cli.wants_json();
    match run(cli) {
        Ok(code) => code,
        Err(fail) => {
            fail.tell(json);
            ExitCode::from(Fail::EXIT)
        }
    }
}
