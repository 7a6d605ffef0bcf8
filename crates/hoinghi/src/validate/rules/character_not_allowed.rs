//! `character-not-allowed` (error): a text field holds a character no document can
//! carry — a control character other than the tab (U+0000–U+001F, U+007F–U+009F), or
//! U+FFFE, U+FFFF, which XML 1.0 excludes (see [`crate::chars`]). A Word document
//! holding one does not open; every writer puts U+FFFD (�) in its place, which is not
//! what the author wrote, so the plan should not be issued as it is.

use crate::chars::first_not_allowed;
use crate::diagnostic::{Code, Diagnostic, Message, Severity};
use crate::validate::Context;

pub(crate) fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    crate::model::fields::each(cx.plan, &mut |text, path| {
        if let Some(c) = first_not_allowed(text) {
            let code = format!("U+{:04X}", u32::from(c));
            out.push(
                Diagnostic::new(
                    Code::CharacterNotAllowed,
                    Severity::Error,
                    path(),
                    Message::new(
                        format!("Trường này có ký tự {code} (ký tự điều khiển, không in được); văn bản xuất ra sẽ ghi \u{FFFD} thay cho nó."),
                        format!("This field holds the character {code} (a control character, not printable); documents write \u{FFFD} in its place."),
                    ),
                )
                .with_help(Message::new(
                    "Xóa ký tự này (thường do sao chép từ phần mềm khác).",
                    "Delete the character (usually copied in from other software).",
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
        plan.header.title += "\tvà\u{202E}"; // tab and bidi controls are text
        assert!(findings(&plan, Code::CharacterNotAllowed).is_empty());
        plan.header.title += "\u{1}";
        plan.chairs[0].body += "\u{0}";
        plan.closing[0] += "\u{FFFE}";
        plan.recipients[0].body += "\u{1B}[2J";
        plan.purposes[0] += "\n"; // a line break is line-break-in-field
        assert_eq!(
            findings(&plan, Code::CharacterNotAllowed),
            [
                "/header/title",
                "/chairs/0/body",
                "/closing/0",
                "/recipients/0/body",
            ]
            .map(|p| (Severity::Error, p.to_owned()))
        );
        let d = crate::validate(&plan);
        assert!(d.iter().any(|d| d.message.en.contains("U+0001")));
    }
}
