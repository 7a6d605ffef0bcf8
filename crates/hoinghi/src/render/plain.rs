//! Plain text.

use super::outline::{outline, Block};

/// The plan as plain text, which [`crate::parse_text`] reads back into the same plan.
#[must_use]
pub fn text(plan: &crate::Plan) -> String {
    blocks_text(outline(plan))
}

/// Any outline (a plan's, a letter's) as plain text. Each line is written through
/// [`crate::chars::one_line`], so no field's content can start a line of its own.
#[must_use]
pub fn blocks_text(blocks: Vec<Block>) -> String {
    let mut out: Vec<String> = Vec::new();
    // Table rows: each cell one line, the cells apart by TAB (as a pasted table).
    let mut rows = std::collections::BTreeSet::new();
    for block in super::outline::flat(blocks) {
        match block {
            Block::Header {
                superior,
                issuer,
                number,
                heading,
                place_date,
            } => {
                out.extend(superior);
                if !issuer.is_empty() {
                    out.push(issuer);
                }
                out.extend(number);
                out.extend(heading);
                out.extend(place_date);
                out.push(String::new());
            }
            Block::Title {
                document_type,
                title,
            } if title.is_empty() => out.push(document_type),
            Block::Title {
                document_type,
                title,
            } => {
                out.push(document_type);
                out.push(title);
                out.push("-----".to_owned());
                out.push(String::new());
            }
            Block::Section(t) => {
                out.push(String::new());
                out.push(t);
            }
            Block::Subsection { text, .. } | Block::Paragraph(text) => out.push(text),
            Block::Item { depth, text } => {
                let bullet = crate::render::outline::bullet(depth);
                out.push(format!("{bullet} {text}"));
            }
            Block::Signature(lines) => {
                out.push(String::new());
                out.extend(lines);
            }
            Block::Row(cells) => {
                rows.insert(out.len());
                let cells: Vec<_> = cells.iter().map(|c| crate::chars::one_line(c)).collect();
                out.push(cells.join("\t"));
            }
            Block::Recipients(lines) => {
                out.push(String::new());
                out.push("Nơi nhận:".to_owned());
                out.extend(lines.into_iter().map(|l| format!("- {l}")));
            }
            Block::TitleLine(_) | Block::Columns(_) => {}
        }
    }
    let mut text = String::new();
    for (i, line) in out.iter().enumerate() {
        if rows.contains(&i) {
            text.push_str(line);
        } else {
            text.push_str(&crate::chars::one_line(line));
        }
        text.push('\n');
    }
    text
}
