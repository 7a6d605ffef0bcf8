//! Every text field of a plan, with its JSON pointer, for the rules that look at the
//! characters of all of them (`line-break-in-field`, `character-not-allowed`).
//!
//! A test checks that the fields visited are exactly the strings of the plan's JSON
//! that are free text, so a field added to the model is not forgotten here.

use super::{Plan, ProgrammeItem};
use crate::diagnostic::entry_pointer;

/// Calls `visit` with each text field of `plan` and a function giving its JSON
/// pointer (built only when asked for: almost every field is fine).
pub(crate) fn each(plan: &Plan, visit: &mut dyn FnMut(&str, &dyn Fn() -> String)) {
    let h = &plan.header;
    for (i, line) in h.heading.iter().enumerate() {
        visit(line, &|| format!("/header/heading/{i}"));
    }
    if let Some(s) = &h.superior {
        visit(s, &|| "/header/superior".to_owned());
    }
    visit(&h.issuer, &|| "/header/issuer".to_owned());
    if let Some(n) = &h.number {
        visit(&n.type_code, &|| "/header/number/typeCode".to_owned());
        visit(&n.issuer, &|| "/header/number/issuer".to_owned());
        if let Some(u) = &n.unit {
            visit(u, &|| "/header/number/unit".to_owned());
        }
    }
    if let Some(p) = &h.place {
        visit(p, &|| "/header/place".to_owned());
    }
    visit(&h.document_type, &|| "/header/documentType".to_owned());
    visit(&h.title, &|| "/header/title".to_owned());
    list(&plan.preamble, "/preamble", visit);
    list(&plan.purposes, "/purposes", visit);
    for (i, level) in plan.levels.iter().enumerate() {
        visit(&level.id, &|| format!("/levels/{i}/id"));
        visit(&level.name, &|| format!("/levels/{i}/name"));
    }
    for (i, group) in plan.units.iter().enumerate() {
        visit(&group.noun, &|| format!("/units/{i}/noun"));
        list(&group.members, &format!("/units/{i}/members"), visit);
    }
    for (i, chair) in plan.chairs.iter().enumerate() {
        if let Some(role) = &chair.role {
            visit(role, &|| format!("/chairs/{i}/role"));
        }
        visit(&chair.body, &|| format!("/chairs/{i}/body"));
    }
    for (g, group) in plan.participants.groups.iter().enumerate() {
        if let Some(level) = &group.level {
            visit(level, &|| format!("/participants/groups/{g}/level"));
        }
        for (e, entry) in group.entries.iter().enumerate() {
            if let Some(role) = &entry.role {
                visit(role, &|| format!("{}/role", entry_pointer(g, e)));
            }
            visit(&entry.body, &|| format!("{}/body", entry_pointer(g, e)));
            if let Some(each) = &entry.each {
                visit(each, &|| format!("{}/each", entry_pointer(g, e)));
            }
        }
    }
    if let Some(label) = plan
        .schedule
        .as_ref()
        .and_then(|s| s.weekday_label.as_ref())
    {
        visit(label, &|| "/schedule/weekdayLabel".to_owned());
    }
    if let Some(v) = &plan.venue {
        visit(&v.name, &|| "/venue/name".to_owned());
    }
    for (i, site) in plan.sites.iter().enumerate() {
        visit(&site.name, &|| format!("/sites/{i}/name"));
    }
    programme(&plan.programme, "/programme", visit);
    for (i, a) in plan.assignments.iter().enumerate() {
        visit(&a.body, &|| format!("/assignments/{i}/body"));
        list(&a.tasks, &format!("/assignments/{i}/tasks"), visit);
    }
    if let Some(b) = &plan.budget {
        for (i, item) in b.items.iter().enumerate() {
            visit(&item.description, &|| {
                format!("/budget/items/{i}/description")
            });
        }
        if let Some(s) = &b.source {
            visit(s, &|| "/budget/source".to_owned());
        }
    }
    if let Some(noun) = plan
        .quorum
        .as_ref()
        .and_then(|q| q.units.as_ref())
        .and_then(|u| u.noun.as_ref())
    {
        visit(noun, &|| "/quorum/units/noun".to_owned());
    }
    list(
        &plan.participants.uncertain,
        "/participants/uncertain",
        visit,
    );
    list(&plan.closing, "/closing", visit);
    if let Some(s) = &plan.signature {
        for (i, d) in s.delegations.iter().enumerate() {
            visit(&d.principal, &|| {
                format!("/signature/delegations/{i}/principal")
            });
        }
        for (value, name) in [
            (&s.principal, "principal"),
            (&s.title, "title"),
            (&s.name, "name"),
        ] {
            if let Some(value) = value {
                visit(value, &|| format!("/signature/{name}"));
            }
        }
    }
    for (i, r) in plan.recipients.iter().enumerate() {
        visit(&r.body, &|| format!("/recipients/{i}/body"));
        list(&r.sub_units, &format!("/recipients/{i}/subUnits"), visit);
    }
    if let Some(a) = &plan.archive {
        list(&a.units, "/archive/units", visit);
    }
    for (i, line) in plan.unrecognised.iter().enumerate() {
        visit(&line.text, &|| format!("/unrecognised/{i}/text"));
    }
}

fn list(items: &[String], base: &str, visit: &mut dyn FnMut(&str, &dyn Fn() -> String)) {
    for (i, item) in items.iter().enumerate() {
        visit(item, &|| format!("{base}/{i}"));
    }
}

fn programme(
    items: &[ProgrammeItem],
    base: &str,
    visit: &mut dyn FnMut(&str, &dyn Fn() -> String),
) {
    for (i, item) in items.iter().enumerate() {
        visit(&item.text, &|| format!("{base}/{i}/text"));
        if let Some(p) = &item.presenter {
            visit(p, &|| format!("{base}/{i}/presenter"));
        }
        if !item.items.is_empty() {
            programme(&item.items, &format!("{base}/{i}/items"), visit);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// JSON pointers of every string in `value`.
    fn strings(value: &serde_json::Value, at: &str, out: &mut Vec<String>) {
        match value {
            serde_json::Value::String(_) => out.push(at.to_owned()),
            serde_json::Value::Array(items) => {
                for (i, v) in items.iter().enumerate() {
                    strings(v, &format!("{at}/{i}"), out);
                }
            }
            serde_json::Value::Object(map) => {
                for (k, v) in map {
                    strings(v, &format!("{at}/{k}"), out);
                }
            }
            _ => {}
        }
    }

    #[test]
    fn every_free_text_string_of_the_json_is_visited() {
        // Every example, and the sample with what it lacks (a quorum noun, a kept line,
        // a budget, sites, members, a signer), so that every field has a value.
        let mut plans: Vec<Plan> = [
            include_str!("../../../../examples/plans/ke-hoach-05-KH-DTN-VP.json"),
            include_str!("../../../../examples/plans/ke-hoach-125-KH-TDTN-VP-truc-tuyen-2026.json"),
            include_str!("../../../../examples/plans/ke-hoach-45-KH-UBND-xa-nha-be-2025.json"),
            include_str!(
                "../../../../examples/plans/ke-hoach-48-KH-DTN-VP-tong-ket-kinh-phi-2024.json"
            ),
        ]
        .iter()
        .map(|t| crate::json::from_str(t).unwrap())
        .collect();
        let mut full = plans[0].clone();
        full.header.superior = Some("S".into());
        full.header.place = Some("P".into());
        full.header.number.as_mut().unwrap().unit = Some("VP".into());
        full.units[0].members = vec!["A".into()];
        full.venue.as_mut().unwrap().name = "V".into();
        full.sites = plans[1].sites.clone();
        full.budget = plans[3].budget.clone();
        full.programme[0].items = vec![ProgrammeItem {
            presenter: Some("X".into()),
            ..ProgrammeItem::new("sub")
        }];
        full.assignments[0].tasks.push("t".into());
        full.quorum = Some(crate::QuorumRule::youth_union_congress());
        full.quorum.as_mut().unwrap().units.as_mut().unwrap().noun = Some("phường".into());
        full.signature.as_mut().unwrap().title = Some("T".into());
        full.signature.as_mut().unwrap().name = Some("N".into());
        full.recipients[0].sub_units.push("VP".into());
        full.unrecognised.push(crate::model::UnrecognisedLine {
            line: 1,
            section: crate::model::SectionKey::Other,
            text: "k".into(),
        });
        full.schedule.as_mut().unwrap().weekday_label = Some("Thứ Sáu".into());
        plans.push(full);
        // Strings that are not free text: dates, times, and the names of enum values.
        // The layout is the source as written (a Word cell may hold line breaks).
        let not_text = |p: &str| {
            let last = p.rsplit('/').next().unwrap_or_default();
            p.starts_with("/layout/")
                || matches!(
                    last,
                    "date"
                        | "endDate"
                        | "start"
                        | "end"
                        | "deadline"
                        | "kind"
                        | "mode"
                        | "section"
                        | "authority"
                        | "style"
                )
        };
        for plan in &plans {
            let mut expected = Vec::new();
            strings(&serde_json::to_value(plan).unwrap(), "", &mut expected);
            expected.retain(|p| !not_text(p));
            expected.sort();
            let mut visited = Vec::new();
            each(plan, &mut |_, path| visited.push(path()));
            visited.sort();
            assert_eq!(visited, expected);
        }
        // The fuller plan has a value in every field the walker knows.
        let mut visited = Vec::new();
        each(&plans[4], &mut |_, path| visited.push(path()));
        for field in [
            "/header/superior",
            "/header/place",
            "/header/number/unit",
            "/units/0/members/0",
            "/sites/0/name",
            "/budget/source",
            "/budget/items/0/description",
            "/programme/0/items/0/presenter",
            "/quorum/units/noun",
            "/signature/name",
            "/recipients/0/subUnits/0",
            "/archive/units/0",
            "/unrecognised/0/text",
            "/schedule/weekdayLabel",
            "/levels/0/id",
            "/chairs/0/role",
        ] {
            assert!(visited.iter().any(|v| v == field), "{field}");
        }
    }
}
