//! `line-break-in-field` (warning): every text field of a plan is one line (see
//! [`crate::chars`]). A line break in one — pasted into a form, or put there on
//! purpose — would start a new line of the plan in its text form (one more
//! participant, one more programme item) or a new row of a Markdown table; every
//! writer puts a space in its place, and this says so.

use crate::chars::is_line_break;
use crate::diagnostic::{Code, Diagnostic, Message, Severity};
use crate::validate::Context;

pub(crate) fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    crate::model::fields::each(cx.plan, &mut |text, path| {
        if text.contains(is_line_break) {
            out.push(
                Diagnostic::new(
                    Code::LineBreakInField,
                    Severity::Warning,
                    path(),
                    Message::new(
                        "Trường này có dấu xuống dòng; văn bản xuất ra sẽ ghi trên một dòng, thay dấu xuống dòng bằng dấu cách.",
                        "This field holds a line break; documents write it on one line, with a space in its place.",
                    ),
                )
                .with_help(Message::new(
                    "Mỗi trường là một dòng: tách thành nhiều mục (nhiều thành phần, nhiều đoạn) thay vì xuống dòng.",
                    "Every field is one line: make several entries (participants, paragraphs) rather than breaking a line.",
                )),
            );
        }
    });
}

#[cfg(test)]
mod tests {
    use crate::validate::test_support::{findings, sample};
    use crate::{Code, Severity};

    #[test]
    fn pass_and_fail() {
        let mut plan = sample();
        assert!(findings(&plan, Code::LineBreakInField).is_empty());
        plan.participants.groups[0].entries[0].body += " (01 đồng chí).\n- Mời đại diện Công ty X";
        plan.venue.as_mut().unwrap().name += "\n\n5. Chương trình";
        plan.programme[0]
            .items
            .push(crate::model::ProgrammeItem::new("a\u{2028}b"));
        plan.header.title += "\r";
        assert_eq!(
            findings(&plan, Code::LineBreakInField),
            [
                "/header/title",
                "/participants/groups/0/entries/0/body",
                "/venue/name",
                "/programme/0/items/0/text",
            ]
            .map(|p| (Severity::Warning, p.to_owned()))
        );
    }
}
