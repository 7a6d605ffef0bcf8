//! Every piece of user text in the HTML rendering is inert.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)] // Test code: a panic is a failure report.

const PAYLOADS: &[&str] = &[
    "<script>alert(1)</script>",
    "\"><img src=x onerror=alert(1)>",
    "javascript:alert(1)",
    "<a href=\"javascript:alert(1)\">x</a>",
    "'><svg onload=alert(1)>",
    "</style><script>alert(1)</script>",
    "<iframe srcdoc='<script>alert(1)</script>'>",
    "&lt;script&gt;",
    "<!--",
    "]]><script>alert(1)</script>",
    "<body onload=alert(1)>",
    "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
];

fn poisoned(payload: &str) -> hoinghi::Plan {
    let mut plan = hoinghi::parse_text(&hoinghi_tests::sample().text)
        .unwrap()
        .plan;
    // Edited fields are written in the official layout; compare like with like.
    plan.layout = None;
    plan.header.title = payload.to_owned();
    plan.header.issuer = payload.to_owned();
    plan.header.heading = vec![payload.to_owned()];
    plan.purposes.push(payload.to_owned());
    plan.chairs[0].body = payload.to_owned();
    plan.participants.groups[0].entries[0].body = payload.to_owned();
    plan.levels[0].name = payload.to_owned();
    plan.venue.as_mut().unwrap().name = payload.to_owned();
    plan.programme[0].text = payload.to_owned();
    plan.programme[0].presenter = Some(payload.to_owned());
    plan.assignments[0].body = payload.to_owned();
    plan.assignments[0].tasks.push(payload.to_owned());
    plan.closing.push(payload.to_owned());
    plan.signature.as_mut().unwrap().name = Some(payload.to_owned());
    plan.recipients[0].body = payload.to_owned();
    plan.recipients[0].sub_units.push(payload.to_owned());
    plan
}

/// The tags the renderer itself writes.
const OWN_TAGS: &[&str] = &[
    "!DOCTYPE", "html", "head", "meta", "title", "style", "body", "table", "tr", "td", "b", "i",
    "br", "h1", "h2", "h3", "h4", "p", "hr",
];

/// Every tag in `html`: its name and its whole text.
fn tags(html: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(open) = rest.find('<') {
        let after = &rest[open + 1..];
        let close = after.find('>').expect("every tag closes");
        let tag = &after[..close];
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '!')
            .collect();
        out.push((name, tag.to_owned()));
        rest = &after[close + 1..];
    }
    out
}

#[test]
fn payloads_render_as_text() {
    let mut sample = hoinghi::parse_text(&hoinghi_tests::sample().text)
        .unwrap()
        .plan;
    sample.layout = None;
    let clean = tags(&hoinghi::render::html(&sample)).len();
    // The author's layout escapes what it writes back too.
    for payload in PAYLOADS {
        let text = format!("{}\n{payload}\n", hoinghi_tests::sample().text);
        let html = hoinghi::render::html(&hoinghi::parse_text(&text).unwrap().plan);
        assert!(
            tags(&html)
                .iter()
                .all(|(name, _)| OWN_TAGS.contains(&name.as_str())),
            "{payload:?} in the author's layout"
        );
    }
    for payload in PAYLOADS {
        let html = hoinghi::render::html(&poisoned(payload));
        let found = tags(&html);
        for (name, tag) in &found {
            assert!(
                OWN_TAGS.contains(&name.as_str()),
                "{payload:?} produced a <{tag}> tag"
            );
            let lower = tag.to_lowercase();
            for attr in ["onerror", "onload", "href", "src", "srcdoc", "http-equiv"] {
                assert!(!lower.contains(attr), "{payload:?} put {attr} into <{tag}>");
            }
        }
        // The poisoned plan has the clean plan's tags plus those of what it adds:
        // three paragraphs (a purpose, a task, a closing one: open and close) and
        // the signer's name on its own line (one <br>). A payload adds none.
        assert_eq!(found.len(), clean + 7, "{payload:?}");
        let escaped = hoinghi::render::html_escape(payload);
        assert!(html.contains(&escaped), "{payload:?} should appear escaped");
    }
}

#[test]
fn markdown_escapes_markup() {
    let md = hoinghi::render::markdown(&poisoned("<script>*x*</script>"));
    assert!(!md.contains("<script>"));
    assert!(md.contains("\\<script\\>\\*x\\*\\</script\\>"));
}
