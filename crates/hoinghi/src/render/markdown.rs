//! Markdown.

use super::outline::{outline, Block};

/// Escapes characters Markdown would read as markup at the start of a line or inline
/// (`&` too: "&copy;" would become ©), on one line of characters a document can carry
/// ([`crate::chars::one_line`]: a line break would end a table row or a list item).
fn esc(text: &str) -> String {
    let text = crate::chars::one_line(text);
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(
            c,
            '\\' | '*' | '_' | '`' | '[' | ']' | '<' | '>' | '#' | '|' | '&'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// The plan as Markdown: the header as a two-column table, the type and title
/// centred in bold, sections as headings, lists as lists.
#[must_use]
pub fn markdown(plan: &crate::Plan) -> String {
    let mut out: Vec<String> = Vec::new();
    for block in super::outline::flat(outline(plan)) {
        // A list ends with a blank line before any other block.
        if !matches!(block, Block::Item { .. })
            && out.last().is_some_and(|l| l.trim_start().starts_with("- "))
        {
            out.push(String::new());
        }
        match block {
            Block::Header {
                superior,
                issuer,
                number,
                heading,
                place_date,
            } => {
                let left: Vec<String> = superior
                    .iter()
                    .map(|s| esc(s))
                    .chain([format!("**{}**", esc(&issuer))])
                    .chain(number.iter().map(|n| esc(n)))
                    .collect();
                let right: Vec<String> = heading
                    .iter()
                    .map(|h| format!("**{}**", esc(h)))
                    .chain(place_date.iter().map(|p| format!("*{}*", esc(p))))
                    .collect();
                out.push(format!(
                    "| {} | {} |",
                    left.join("<br>"),
                    right.join("<br>")
                ));
                out.push("|:---:|:---:|".to_owned());
                out.push(String::new());
            }
            Block::Title {
                document_type,
                title,
            } => {
                out.push(format!("## {}", esc(&document_type)));
                out.push(String::new());
                out.push(format!("**{}**", esc(&title)));
                out.push(String::new());
            }
            Block::Section(t) => {
                out.push(format!("### {}", esc(&t)));
                out.push(String::new());
            }
            Block::Subsection { level, text } => {
                out.push(if level == 1 {
                    format!("**{}**", esc(&text))
                } else {
                    format!("*{}*", esc(&text))
                });
                out.push(String::new());
            }
            Block::Paragraph(t) => {
                out.push(esc(&t));
                out.push(String::new());
            }
            Block::Item { depth, text } => {
                let indent = "  ".repeat(usize::from(depth.saturating_sub(1)));
                out.push(format!("{indent}- {}", esc(&text)));
            }
            Block::Signature(lines) => {
                out.push(String::new());
                let mut it = lines.into_iter();
                if let Some(first) = it.next() {
                    out.push(format!("**{}**", esc(&first)));
                }
                for l in it {
                    out.push(String::new());
                    out.push(format!("**{}**", esc(&l)));
                }
                out.push(String::new());
            }
            Block::Row(cells) => {
                let cells: Vec<String> =
                    cells.iter().map(|c| esc(&c.replace('\n', " / "))).collect();
                out.push(format!("| {} |", cells.join(" | ")));
            }
            Block::Recipients(lines) => {
                out.push("***Nơi nhận:***".to_owned());
                out.push(String::new());
                out.extend(lines.into_iter().map(|l| format!("- {}", esc(&l))));
                out.push(String::new());
            }
            Block::TitleLine(_) | Block::Columns(_) => {}
        }
    }
    let mut text = out.join("\n");
    while text.contains("\n\n\n") {
        text = text.replace("\n\n\n", "\n\n");
    }
    text.trim_end().to_owned() + "\n"
}
