//! Giấy mời: invitation letters, one for each invited body — the chairs and the
//! participants marked "Mời" — in the official layout: the plan's header with the
//! number's type changed to GM, the addressee, what, when and where, the signature and
//! the recipients ("Như trên", the archive copy).
//!
//! The number keeps the plan's running number with type GM ("05-GM/ĐTN-VP"); an
//! office gives the letter its own number in its register before issuing it.

use serde::{Deserialize, Serialize};

use super::ExportError;
use crate::model::{Mode, Plan};
use crate::names;
use crate::render::{blocks_html, blocks_text, schedule_line, Block};

/// Người nhận giấy mời: one invited body.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct Invitation {
    /// Kính gửi: who, as written ("đại diện Thường trực Quận ủy").
    pub addressee: String,
    /// Invited to chair the conference.
    pub chair: bool,
    /// JSON pointer of the chair or participant entry that invites them.
    pub path: String,
}

/// A letter written out, as text and HTML.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub struct Letter {
    /// To whom.
    pub invitation: Invitation,
    /// The letter as plain text.
    pub text: String,
    /// The letter as a self-contained HTML document (A4).
    pub html: String,
}

/// Every invited body, once each (a body invited to chair and to attend gets one
/// letter, as chair), in document order.
#[must_use]
pub fn invitations(plan: &Plan) -> Vec<Invitation> {
    let mut out: Vec<Invitation> = Vec::new();
    let mut seen = std::collections::BTreeSet::new();
    let chairs = plan
        .chairs
        .iter()
        .enumerate()
        .filter(|(_, c)| c.invited)
        .map(|(i, c)| {
            (
                format!("/chairs/{i}"),
                c.role.as_deref(),
                c.body.as_str(),
                true,
            )
        });
    let entries = plan
        .entries()
        .filter(|(_, _, e)| e.invited)
        .map(|(g, e, entry)| {
            (
                crate::diagnostic::entry_pointer(g, e),
                entry.role.as_deref(),
                entry.body.as_str(),
                false,
            )
        });
    for (path, role, body, chair) in chairs.chain(entries) {
        if !seen.insert(names::normalise(body)) {
            continue;
        }
        let addressee = match role {
            Some(role) => format!("{role} {body}"),
            None => body.to_owned(),
        };
        out.push(Invitation {
            addressee,
            chair,
            path,
        });
    }
    out
}

/// "Hội nghị thông tin …" from the plan's title ("Tổ chức hội nghị thông tin …").
fn event(plan: &Plan) -> String {
    let title = plan.header.title.trim();
    let rest = ["Tổ chức ", "tổ chức ", "Kế hoạch tổ chức "]
        .iter()
        .find_map(|p| title.strip_prefix(p))
        .unwrap_or(title);
    let mut c = rest.chars();
    c.next()
        .map(|f| crate::case::lower(f).chain(c).collect())
        .unwrap_or_default()
}

/// The letter to `invitation` as blocks (rendered like a plan).
#[must_use]
pub fn outline(plan: &Plan, invitation: &Invitation) -> Vec<Block> {
    let number = plan.header.number.as_ref().map(|n| n.with_type("GM"));
    let what = event(plan);
    let mut out = vec![
        crate::render::outline::header(plan, number.as_ref()),
        Block::Title {
            document_type: "GIẤY MỜI".to_owned(),
            title: crate::case::capitalise(&format!("dự {what}")),
        },
        Block::Paragraph(format!(
            "Kính gửi: {}.",
            crate::case::capitalise(&invitation.addressee)
        )),
        Block::Paragraph(if invitation.chair {
            format!(
                "Trân trọng kính mời {} đến dự và chủ trì {what}.",
                invitation.addressee
            )
        } else {
            format!(
                "Trân trọng kính mời {} đến dự {what}.",
                invitation.addressee
            )
        }),
    ];
    if let Some(s) = &plan.schedule {
        out.push(Block::Paragraph(format!(
            "Thời gian: {}.",
            schedule_line(s)
        )));
    }
    let mut places: Vec<String> = plan.venue.iter().map(|v| v.name.clone()).collect();
    if plan.mode != Mode::InPerson {
        places.extend(plan.sites.iter().map(|s| {
            if names::normalise(&s.name).starts_with("điểm cầu") {
                s.name.clone()
            } else {
                format!("điểm cầu {}", s.name)
            }
        }));
    }
    if !places.is_empty() {
        out.push(Block::Paragraph(format!(
            "Địa điểm: {}.",
            places.join("; ")
        )));
    }
    if !plan.programme.is_empty() {
        out.push(Block::Paragraph("Nội dung:".to_owned()));
        out.extend(plan.programme.iter().map(|item| Block::Item {
            depth: 1,
            text: item.text.clone(),
        }));
    }
    out.push(Block::Paragraph("Rất mong được đón tiếp./.".to_owned()));
    out.extend(crate::render::outline::signature(plan));
    let archive = plan.archive.as_ref().map_or_else(
        || "Lưu VP".to_owned(),
        |a| match a.units.as_slice() {
            [one] => format!("Lưu {one}"),
            many => format!("Lưu: {}", many.join(", ")),
        },
    );
    out.push(Block::Recipients(vec![
        "Như trên;".to_owned(),
        format!("{archive}."),
    ]));
    out
}

/// Every letter, written out as text and HTML.
///
/// ```
/// let plan = hoinghi::json::from_str(include_str!("../../../../examples/plans/ke-hoach-05-KH-DTN-VP.json"))?;
/// let letters = hoinghi::export::letters::letters(&plan)?;
/// assert_eq!(letters.len(), 4);
/// assert!(letters[0].text.contains("Số 05-GM/ĐTN-VP"));
/// assert!(letters[0].text.contains("Kính gửi: Đại diện Thường trực Quận ủy."));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Errors
/// [`ExportError::TooLarge`] when the letters would hold more than
/// [`MAX_LETTER_LINES`] lines in all (each letter repeats the programme and the
/// places), checked before any letter is written.
pub fn letters(plan: &Plan) -> Result<Vec<Letter>, ExportError> {
    let invitations = invitations(plan);
    let per_letter = LETTER_LINES + plan.programme.len() + plan.sites.len();
    let lines = invitations.len().saturating_mul(per_letter);
    if lines > MAX_LETTER_LINES {
        return Err(ExportError::TooLarge {
            size: lines,
            limit: MAX_LETTER_LINES,
        });
    }
    Ok(invitations
        .into_iter()
        .map(|invitation| {
            let blocks = outline(plan, &invitation);
            Letter {
                text: blocks_text(blocks.clone()),
                html: blocks_html(blocks, &format!("GIẤY MỜI — {}", invitation.addressee)),
                invitation,
            }
        })
        .collect())
}

/// The most lines [`letters`] writes in all: letters times their own lines (header,
/// addressee, signature, recipients: counted as [`LETTER_LINES`]) and the programme
/// items and places each repeats. Two hundred invited bodies and a programme of
/// twenty items are a twenty-fifth of it; ten thousand letters with no programme
/// reach it.
pub const MAX_LETTER_LINES: usize = 200_000;

/// The lines of a letter besides the programme and the places, for
/// [`MAX_LETTER_LINES`].
pub const LETTER_LINES: usize = 20;

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Plan {
        crate::json::from_str(include_str!(
            "../../../../examples/plans/ke-hoach-05-KH-DTN-VP.json"
        ))
        .unwrap()
    }

    #[test]
    fn letters_beyond_the_limit_are_refused_before_writing() {
        let mut plan = sample();
        let invited = invitations(&plan).len();
        let per_letter = MAX_LETTER_LINES / invited;
        plan.sites.clear();
        plan.programme = vec![crate::model::ProgrammeItem::new("Mục"); per_letter - LETTER_LINES];
        assert_eq!(letters(&plan).map(|l| l.len()), Ok(invited));
        plan.programme.push(crate::model::ProgrammeItem::new("Mục"));
        assert_eq!(
            letters(&plan).map(|l| l.len()),
            Err(ExportError::TooLarge {
                size: invited * (per_letter + 1),
                limit: MAX_LETTER_LINES
            })
        );
    }

    #[test]
    fn one_letter_per_invited_body_chairs_first() {
        let found: Vec<(String, bool)> = invitations(&sample())
            .into_iter()
            .map(|i| (i.addressee, i.chair))
            .collect();
        assert_eq!(
            found,
            [
                ("đại diện Thường trực Quận ủy".to_owned(), true),
                ("lãnh đạo Ban Dân vận Quận ủy".to_owned(), true),
                ("đại diện Ban Thường vụ Thành Đoàn".to_owned(), false),
                (
                    "đại diện Ban Thanh niên trường học Thành Đoàn".to_owned(),
                    false
                ),
            ]
        );
    }

    #[test]
    fn a_letter_reads_like_one() {
        let plan = sample();
        let letter = &letters(&plan).unwrap()[2];
        for expected in [
            "GIẤY MỜI",
            "Dự hội thông tin với cấp ủy Đảng 11 phường",
            "Kính gửi: Đại diện Ban Thường vụ Thành Đoàn.",
            "Trân trọng kính mời đại diện Ban Thường vụ Thành Đoàn đến dự hội thông tin",
            "Thời gian: Dự kiến 08 giờ 00, ngày 26 tháng 8 năm 2022 (Thứ Sáu).",
            "Địa điểm: Hội trường 2 - Ủy ban Nhân dân Quận.",
            "TM. BAN THƯỜNG VỤ QUẬN ĐOÀN",
            "- Như trên;",
            "- Lưu VP.",
        ] {
            assert!(
                letter.text.contains(expected),
                "missing {expected:?} in\n{}",
                letter.text
            );
        }
        assert!(letters(&plan).unwrap()[0]
            .text
            .contains("đến dự và chủ trì"));
        assert!(letter.html.contains("<h1>GIẤY MỜI</h1>"));
    }
}
