//! HTML: one self-contained document laid out for A4 printing.

use super::outline::{emphasis, outline, recipients, Block};

/// Escapes text for HTML element content and attribute values, as one line of
/// characters a document can carry ([`crate::chars::one_line`]: line breaks become a
/// space, control characters U+FFFD).
#[must_use]
pub fn escape(text: &str) -> String {
    let text = crate::chars::one_line(text);
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// Page layout of official documents: A4, margins 20 mm top and bottom, 30 mm left,
/// 20 mm right (Youth Union guide), Times New Roman 14 pt; recipients in 11 pt.
const STYLE: &str = "@page{size:A4;margin:20mm 20mm 20mm 30mm}\
body{font-family:'Times New Roman',Times,serif;font-size:14pt;line-height:1.35;max-width:160mm;margin:0 auto;color:#000;background:#fff}\
table.hd,table.ft{width:100%;border-collapse:collapse}table.hd td,table.ft td{vertical-align:top;text-align:center;width:50%;padding:0}\
table.hd{font-size:13pt}table.hd td.l{width:45%}table.hd td.r{width:55%}.pd{font-style:italic;text-align:right;white-space:nowrap}\
h1{font-size:14pt;text-align:center;margin:18pt 0 0}p.tt{text-align:center;text-indent:0;font-weight:bold;margin:0 0 4pt}hr.tt{width:30%;border:0;border-top:1px solid #000;margin:0 auto 12pt}\
h2{font-size:14pt;margin:10pt 0 4pt}h3{font-size:14pt;margin:6pt 0 2pt}h4{font-size:14pt;font-style:italic;font-weight:normal;margin:4pt 0 2pt}\
p{text-align:justify;text-indent:10mm;margin:0 0 4pt}p.li{text-indent:0;margin-left:calc(var(--d,1)*6mm)}\
td.rc{text-align:left;font-size:11pt}td.rc b{font-size:12pt}td.sg{font-weight:bold}\
@media print{body{max-width:none}}";

/// The plan as a self-contained HTML document (inline CSS, no scripts, no links).
/// All text from the plan is escaped.
#[must_use]
pub fn html(plan: &crate::Plan) -> String {
    blocks_html(
        outline(plan),
        &format!("{} {}", plan.header.document_type, plan.header.title),
    )
}

/// Any outline (a plan's, a letter's) as a self-contained HTML document titled `title`.
#[must_use]
pub fn blocks_html(blocks: Vec<Block>, title: &str) -> String {
    let mut body = String::new();
    for block in blocks {
        match block {
            Block::Header {
                superior,
                issuer,
                number,
                heading,
                place_date,
            } => {
                body.push_str("<table class=\"hd\"><tr><td class=\"l\">");
                if let Some(s) = superior {
                    body.push_str(&format!("{}<br>", escape(&s)));
                }
                body.push_str(&format!("<b>{}</b>", escape(&issuer)));
                if let Some(n) = number {
                    body.push_str(&format!("<br>{}", escape(&n)));
                }
                body.push_str("</td><td class=\"r\">");
                let heading: Vec<String> = heading
                    .iter()
                    .map(|h| format!("<b>{}</b>", escape(h)))
                    .collect();
                body.push_str(&heading.join("<br>"));
                body.push_str("</td></tr>");
                if let Some(pd) = place_date {
                    body.push_str(&format!(
                        "<tr><td></td><td class=\"pd\">{}</td></tr>",
                        escape(&pd)
                    ));
                }
                body.push_str("</table>\n");
            }
            Block::Title {
                document_type,
                title,
            } if title.is_empty() => {
                body.push_str(&format!("<h1>{}</h1>\n", escape(&document_type)))
            }
            Block::TitleLine(t) => body.push_str(&format!("<p class=\"tt\">{}</p>\n", escape(&t))),
            Block::Columns(rows) => {
                body.push_str("<table class=\"hd\">");
                for row in rows {
                    body.push_str("<tr>");
                    for cell in &row.cells {
                        let lines: Vec<String> = cell
                            .iter()
                            .map(|(text, role)| {
                                let (b, i) = emphasis(*role);
                                let text = escape(text);
                                let text = if i { format!("<i>{text}</i>") } else { text };
                                if b {
                                    format!("<b>{text}</b>")
                                } else {
                                    text
                                }
                            })
                            .collect();
                        let class = if recipients(cell) {
                            " class=\"rc\""
                        } else {
                            ""
                        };
                        let span = if row.cells.len() == 1 {
                            " colspan=\"2\""
                        } else {
                            ""
                        };
                        body.push_str(&format!("<td{class}{span}>{}</td>", lines.join("<br>")));
                    }
                    body.push_str("</tr>");
                }
                body.push_str("</table>\n");
            }
            Block::Title {
                document_type,
                title,
            } => {
                body.push_str(&format!(
                    "<h1>{}</h1>\n<p class=\"tt\">{}</p>\n<hr class=\"tt\">\n",
                    escape(&document_type),
                    escape(&title)
                ));
            }
            Block::Section(t) => body.push_str(&format!("<h2>{}</h2>\n", escape(&t))),
            Block::Subsection { level: 1, text } => {
                body.push_str(&format!("<h3>{}</h3>\n", escape(&text)))
            }
            Block::Subsection { text, .. } => {
                body.push_str(&format!("<h4>{}</h4>\n", escape(&text)))
            }
            Block::Paragraph(t) => body.push_str(&format!("<p>{}</p>\n", escape(&t))),
            Block::Item { depth, text } => {
                let bullet = crate::render::outline::bullet(depth);
                body.push_str(&format!(
                    "<p class=\"li\" style=\"--d:{depth}\">{bullet} {}</p>\n",
                    escape(&text)
                ));
            }
            Block::Signature(lines) => {
                let lines: Vec<String> = lines.iter().map(|l| escape(l)).collect();
                body.push_str(&format!(
                    "<table class=\"ft\"><tr><td></td><td class=\"sg\">{}</td></tr></table>\n",
                    lines.join("<br>")
                ));
            }
            Block::Row(cells) => {
                let cells: Vec<String> = cells
                    .iter()
                    .map(|c| format!("<td>{}</td>", escape(c).replace('\n', "<br>")))
                    .collect();
                body.push_str(&format!(
                    "<table class=\"ft\"><tr>{}</tr></table>\n",
                    cells.concat()
                ));
            }
            Block::Recipients(lines) => {
                let lines: Vec<String> = lines.iter().map(|l| format!("- {}", escape(l))).collect();
                body.push_str(&format!("<table class=\"ft\"><tr><td class=\"rc\"><b><i>Nơi nhận:</i></b><br>{}</td><td></td></tr></table>\n", lines.join("<br>")));
            }
        }
    }
    format!(
        "<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n{body}</body>\n</html>\n",
        escape(title)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_everything() {
        assert_eq!(escape("<script>\"'&"), "&lt;script&gt;&quot;&#39;&amp;");
        assert_eq!(escape("a\r\nb\u{0}"), "a b\u{FFFD}");
    }
}
