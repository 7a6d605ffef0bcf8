//! `agenda-overruns` (warning): timed programme items must fit the conference: not
//! before its start, not past its end, and not overlapping each other. Receiving the
//! delegates ("7h30 – 8h00: Đón tiếp đại biểu") is done before the opening: such an
//! item may start before the conference does.

use chrono::NaiveTime;

use crate::diagnostic::{Code, Diagnostic, Message, Severity};
use crate::validate::Context;

fn hm(t: NaiveTime) -> String {
    crate::clock::hh_mm(t)
}

/// What an item that receives the delegates opens with ("Đón tiếp đại biểu, ổn định
/// tổ chức", "Tập trung đại biểu", "Đăng ký đại biểu"), normalised: done before the
/// opening, which is the start a plan states.
const RECEPTION: &[&str] = &[
    "đón tiếp",
    "tiếp đón",
    "đón đại biểu",
    "tập trung",
    "đăng ký",
    "điểm danh",
    "ổn định tổ chức",
    "ổn định chỗ ngồi",
    "nhận tài liệu",
    "phát tài liệu",
];

/// Whether a programme item is the delegates' reception: its text opens with one of
/// [`RECEPTION`] ("Hội nghị thảo luận tập trung …" does not).
fn is_reception(text: &str) -> bool {
    let n = crate::names::normalise(text);
    RECEPTION.iter().any(|w| n.starts_with(w))
}

pub(crate) fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let schedule = cx.plan.schedule.as_ref();
    let start = schedule.and_then(|s| s.start);
    let end = schedule.and_then(crate::model::Schedule::effective_end);
    let mut previous_end: Option<(NaiveTime, usize)> = None;
    for (i, item) in cx.plan.programme.iter().enumerate() {
        let path = format!("/programme/{i}");
        let mut warn = |vi: String, en: String| {
            out.push(Diagnostic::new(
                Code::AgendaOverruns,
                Severity::Warning,
                path.clone(),
                Message::new(vi, en),
            ));
        };
        if let (Some(s), Some(begin)) = (item.start, start) {
            if s < begin && !is_reception(&item.text) {
                warn(
                    format!("Mục bắt đầu {} trước giờ khai mạc {}.", hm(s), hm(begin)),
                    format!(
                        "The item starts at {}, before the conference starts at {}.",
                        hm(s),
                        hm(begin)
                    ),
                );
            }
        }
        let item_end = item.end.or(item.start);
        if let (Some(e), Some(finish)) = (item_end, end) {
            if e > finish {
                warn(
                    format!(
                        "Mục kéo dài tới {}, quá giờ kết thúc {}.",
                        hm(e),
                        hm(finish)
                    ),
                    format!(
                        "The item runs to {}, past the end at {}.",
                        hm(e),
                        hm(finish)
                    ),
                );
            }
        }
        if let (Some(s), Some((p, j))) = (item.start, previous_end) {
            if s < p {
                warn(
                    format!(
                        "Mục bắt đầu {} trước khi mục {} kết thúc ({}).",
                        hm(s),
                        j + 1,
                        hm(p)
                    ),
                    format!(
                        "The item starts at {} before item {} ends ({}).",
                        hm(s),
                        j + 1,
                        hm(p)
                    ),
                );
            }
        }
        if let Some(e) = item_end {
            previous_end = Some((e, i));
        }
    }
}

#[cfg(test)]
mod tests {
    use chrono::NaiveTime;

    use crate::validate::test_support::{findings, sample};
    use crate::{Code, Severity};

    fn t(h: u32, m: u32) -> Option<NaiveTime> {
        NaiveTime::from_hms_opt(h, m, 0)
    }

    #[test]
    fn pass_and_fail() {
        let mut plan = sample();
        plan.schedule.as_mut().unwrap().end = t(11, 0);
        plan.programme[0].start = t(8, 0);
        plan.programme[0].end = t(8, 30);
        plan.programme[1].start = t(8, 30);
        plan.programme[1].end = t(9, 0);
        assert!(findings(&plan, Code::AgendaOverruns).is_empty());
        plan.programme[5].start = t(10, 45);
        plan.programme[5].end = t(11, 15);
        plan.programme[1].start = t(8, 20);
        assert_eq!(
            findings(&plan, Code::AgendaOverruns),
            [
                (Severity::Warning, "/programme/1".to_owned()),
                (Severity::Warning, "/programme/5".to_owned())
            ]
        );
        plan.programme[0].start = t(7, 30);
        assert_eq!(findings(&plan, Code::AgendaOverruns).len(), 3);
    }

    #[test]
    fn receiving_the_delegates_before_the_start_is_no_overrun() {
        let mut plan = sample();
        plan.programme[0].start = t(7, 30);
        plan.programme[0].end = t(8, 0);
        plan.programme[1].start = t(8, 0);
        plan.programme[1].end = t(8, 30);
        for text in [
            "Đón tiếp đại biểu.",
            "Đón tiếp đại biểu, ổn định tổ chức",
            "Tập trung đại biểu",
            "Đăng ký đại biểu, nhận tài liệu",
        ] {
            plan.programme[0].text = text.to_owned();
            assert!(findings(&plan, Code::AgendaOverruns).is_empty(), "{text}");
        }
        // Any other item before the start is still one; "tập trung" inside the text
        // does not make an item a reception.
        plan.programme[0].text = "Hội nghị thảo luận tập trung nội dung chính.".to_owned();
        assert_eq!(
            findings(&plan, Code::AgendaOverruns),
            [(Severity::Warning, "/programme/0".to_owned())]
        );
        // A reception still may not run past the end, nor overlap the item before.
        plan.programme[0].text = "Đón tiếp đại biểu".to_owned();
        plan.programme[1].text = "Đón tiếp đại biểu".to_owned();
        plan.programme[1].start = t(7, 45);
        assert_eq!(
            findings(&plan, Code::AgendaOverruns),
            [(Severity::Warning, "/programme/1".to_owned())]
        );
    }
}
