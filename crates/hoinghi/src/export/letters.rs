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
        let addressee = crate::model::label(role, body);
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
/// [`MAX_LETTER_BYTES`] in all (each letter repeats the title, the programme and the
/// places): before any letter is written when that is certain from the plan's size,
/// else as soon as the letters written pass it. See [`Letters`] to write them one at
/// a time.
pub fn letters(plan: &Plan) -> Result<Vec<Letter>, ExportError> {
    Letters::new(plan)?.collect()
}

/// The most bytes of invitation letters one export writes: the text and HTML of every
/// letter ([`letters`]), and the `.docx` files the command writes beside them
/// ([`Letters::charge`]). A letter of an ordinary plan is about 5 KB as text and HTML
/// and 25 KB as .docx, so this is some 12,000 letters (2,000 with their .docx files),
/// where a plan invites a few dozen bodies, a national congress a few hundred; a plan
/// whose letters would be larger (a title of megabytes repeated in each of a thousand
/// letters) is refused rather than exhausting memory or disk.
pub const MAX_LETTER_BYTES: usize = 64 * 1024 * 1024;

/// The invitation letters of a plan, written one at a time (only one letter is held
/// at once), each `Ok` until the bytes written pass [`MAX_LETTER_BYTES`]: then one
/// [`ExportError::TooLarge`], and nothing more.
///
/// ```
/// let plan = hoinghi::json::from_str(include_str!("../../../../examples/plans/ke-hoach-05-KH-DTN-VP.json"))?;
/// let mut letters = hoinghi::export::letters::Letters::new(&plan)?;
/// assert_eq!(letters.len(), 4);
/// let first = letters.next().unwrap()?;
/// assert_eq!(letters.written(), first.text.len() + first.html.len());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug)]
pub struct Letters<'p> {
    plan: &'p Plan,
    invitations: std::vec::IntoIter<Invitation>,
    written: usize,
    done: bool,
}

impl<'p> Letters<'p> {
    /// The letters of `plan`, none written yet.
    ///
    /// # Errors
    /// [`ExportError::TooLarge`] when the letters would certainly hold more than
    /// [`MAX_LETTER_BYTES`]: each holds the event (the title, less "Tổ chức") twice
    /// as text and twice as HTML.
    pub fn new(plan: &'p Plan) -> Result<Self, ExportError> {
        let invitations = invitations(plan);
        let event = event(plan).len();
        let at_least = invitations.len().saturating_mul(event.saturating_mul(4));
        if at_least > MAX_LETTER_BYTES {
            return Err(ExportError::TooLarge {
                size: at_least,
                limit: MAX_LETTER_BYTES,
            });
        }
        Ok(Self {
            plan,
            invitations: invitations.into_iter(),
            written: 0,
            done: false,
        })
    }

    /// Bytes written so far (and [charged](Letters::charge)).
    #[must_use]
    pub fn written(&self) -> usize {
        self.written
    }

    /// Counts `bytes` more against [`MAX_LETTER_BYTES`], for a caller that writes
    /// more of each letter (the command writes each as .docx too).
    ///
    /// # Errors
    /// [`ExportError::TooLarge`] once the total passes the limit; the iterator then
    /// ends.
    pub fn charge(&mut self, bytes: usize) -> Result<(), ExportError> {
        self.written = self.written.saturating_add(bytes);
        if self.written > MAX_LETTER_BYTES {
            self.done = true;
            return Err(ExportError::TooLarge {
                size: self.written,
                limit: MAX_LETTER_BYTES,
            });
        }
        Ok(())
    }
}

impl Iterator for Letters<'_> {
    type Item = Result<Letter, ExportError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.done {
            return None;
        }
        let invitation = self.invitations.next()?;
        let blocks = outline(self.plan, &invitation);
        let letter = Letter {
            text: blocks_text(blocks.clone()),
            html: blocks_html(blocks, &format!("GIẤY MỜI — {}", invitation.addressee)),
            invitation,
        };
        Some(
            self.charge(letter.text.len().saturating_add(letter.html.len()))
                .map(|()| letter),
        )
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        if self.done {
            (0, Some(0))
        } else {
            self.invitations.size_hint()
        }
    }
}

impl ExactSizeIterator for Letters<'_> {}

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
    fn letters_beyond_the_limit_are_refused_in_bytes() {
        let mut plan = sample();
        let invited = invitations(&plan).len();
        // A long title: refused before any letter is written.
        plan.header.title = "x".repeat(MAX_LETTER_BYTES / 4 / invited + 1);
        assert!(matches!(
            Letters::new(&plan),
            Err(ExportError::TooLarge { size, limit: MAX_LETTER_BYTES }) if size > MAX_LETTER_BYTES
        ));
        // A long programme (which the lower bound does not see): letters are written
        // until they pass the limit, then one error and nothing more.
        let mut plan = sample();
        plan.programme = vec![crate::model::ProgrammeItem::new("y".repeat(1 << 20)); 11];
        let mut all = Letters::new(&plan).unwrap();
        let first = all.next().unwrap().unwrap();
        let each = first.text.len() + first.html.len();
        assert!(each > 22 << 20, "{each}");
        let outcomes: Vec<bool> = all.by_ref().map(|l| l.is_ok()).collect();
        assert_eq!(
            outcomes,
            [true, false],
            "64 MiB is passed by the third letter"
        );
        assert!(all.next().is_none());
        // The error tells the bytes written so far: three letters (their addressees differ).
        assert!(matches!(
            letters(&plan),
            Err(ExportError::TooLarge { size, .. }) if size > MAX_LETTER_BYTES && size.abs_diff(3 * each) < 1_000
        ));
        // Within the limit, every letter; charging the rest of the limit ends them.
        let plan = sample();
        let mut all = Letters::new(&plan).unwrap();
        assert_eq!(all.len(), invited);
        all.next().unwrap().unwrap();
        assert_eq!(all.charge(MAX_LETTER_BYTES - all.written()), Ok(()));
        assert!(all.charge(1).is_err());
        assert!(all.next().is_none());
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
