//! Kiểm tra: validation, the way a careful office secretary reads a plan.
//!
//! [`validate`] runs every rule and returns [`Diagnostic`]s; nothing here fails.
//! Each rule is declared once, in `catalogue.rs` (code, severities, explanation,
//! examples that a test runs, the regulation it comes from, its check), is checked in
//! its own module under `rules/`, and is listed in `docs/rules.md`, generated from the
//! declaration.

mod catalogue;
mod rules;

use catalogue::RULES;

use std::cell::OnceCell;

use serde::{Deserialize, Serialize};

use crate::count::DelegateCount;
use crate::diagnostic::{Code, Diagnostic};
use crate::matching::{Directory, Roster};
use crate::model::Plan;

/// What validation checks and how strictly. Data, with defaults.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields, default)]
pub struct ValidateOptions {
    /// Fewest days between issue and conference before `short-notice` (default 7).
    #[serde(deserialize_with = "lead_days")]
    #[cfg_attr(feature = "schema", schemars(with = "Option<u32>"))]
    pub min_lead_days: u32,
    /// Rules not to run, by code.
    #[serde(deserialize_with = "crate::de::nullable")]
    #[cfg_attr(feature = "schema", schemars(with = "Option<Vec<Code>>"))]
    pub disabled: Vec<Code>,
    /// When set, run only these rules.
    pub only: Option<Vec<Code>>,
}

impl Default for ValidateOptions {
    fn default() -> Self {
        Self {
            min_lead_days: 7,
            disabled: Vec::new(),
            only: None,
        }
    }
}

/// `minLeadDays`, with `null` read as absent (the default, 7).
fn lead_days<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<u32, D::Error> {
    Ok(Option::<u32>::deserialize(deserializer)?
        .unwrap_or(ValidateOptions::default().min_lead_days))
}

impl ValidateOptions {
    /// Whether the rule with `code` runs.
    #[must_use]
    pub fn runs(&self, code: Code) -> bool {
        !self.disabled.contains(&code) && self.only.as_ref().is_none_or(|only| only.contains(&code))
    }
}

/// What every rule can see: the plan, the options, and what is computed at most once,
/// when the first rule that needs it asks (a run of one rule pays for that rule only).
pub(crate) struct Context<'p> {
    pub plan: &'p Plan,
    pub options: &'p ValidateOptions,
    count: OnceCell<DelegateCount>,
    directory: OnceCell<Directory>,
    roster: OnceCell<Roster>,
}

impl<'p> Context<'p> {
    fn new(plan: &'p Plan, options: &'p ValidateOptions) -> Self {
        Self {
            plan,
            options,
            count: OnceCell::new(),
            directory: OnceCell::new(),
            roster: OnceCell::new(),
        }
    }

    /// Every participant entry, normalised.
    pub fn roster(&self) -> &Roster {
        self.roster.get_or_init(|| Roster::of(self.plan))
    }

    /// The delegate count.
    pub fn count(&self) -> &DelegateCount {
        self.count
            .get_or_init(|| crate::count::count_with(self.plan, &|c| self.roster().covering(c)))
    }

    /// The bodies the plan names.
    pub fn directory(&self) -> &Directory {
        self.directory
            .get_or_init(|| Directory::with_roster(self.plan, self.roster()))
    }
}

pub(crate) type Check = fn(&Context<'_>, &mut Vec<Diagnostic>);

/// The codes validation can report, in the order rules run.
#[must_use]
pub fn rule_codes() -> Vec<Code> {
    RULES
        .iter()
        .filter(|r| r.check.is_some())
        .map(|r| r.code)
        .collect()
}

/// Validates `plan` with the default options.
///
/// ```
/// let plan = hoinghi::json::from_str(include_str!("../../../../examples/plans/ke-hoach-05-KH-DTN-VP.json"))?;
/// let codes: Vec<&str> = hoinghi::validate(&plan).iter().map(|d| d.code.as_str()).collect();
/// assert_eq!(codes, ["reporting-period-mismatch", "delegate-count-unknown"]);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[must_use]
pub fn validate(plan: &Plan) -> Vec<Diagnostic> {
    validate_with(plan, &ValidateOptions::default())
}

/// Validates `plan` with `options`.
#[must_use]
pub fn validate_with(plan: &Plan, options: &ValidateOptions) -> Vec<Diagnostic> {
    run(&Context::new(plan, options))
}

/// [`validate_with`] and [`crate::count_delegates`] together, sharing the normalised
/// entries and the count the rules compute anyway.
///
/// # Errors
/// As [`crate::count_delegates`]: sums beyond [`crate::limits::MAX_DELEGATES`] (the
/// readers refuse such plans, so a plan they read never fails here).
pub(crate) fn validate_and_count(
    plan: &Plan,
    options: &ValidateOptions,
) -> Result<(Vec<Diagnostic>, DelegateCount), crate::limits::LimitExceeded> {
    let cx = Context::new(plan, options);
    let diagnostics = run(&cx);
    let _ = cx.count();
    // The rules' count never fails (a sum that does not fit is their finding): it is
    // given back when no sum can overflow, else the checked count is taken.
    let count = match cx.count.into_inner() {
        Some(count) if !crate::count::may_overflow(plan) => count,
        _ => crate::count::count_delegates(plan)?,
    };
    Ok((diagnostics, count))
}

fn run(cx: &Context<'_>) -> Vec<Diagnostic> {
    let options = cx.options;
    let mut out = Vec::new();
    for rule in RULES {
        let Some(check) = rule.check else { continue };
        if options.runs(rule.code) {
            let before = out.len();
            check(cx, &mut out);
            debug_assert!(out
                .get(before..)
                .unwrap_or_default()
                .iter()
                .all(|d| d.code == rule.code && rule.severities.contains(&d.severity)));
        }
    }
    out
}

#[cfg(test)]
pub(crate) mod test_support {
    use crate::model::Plan;

    pub(crate) fn sample() -> Plan {
        crate::json::from_str(include_str!(
            "../../../../examples/plans/ke-hoach-05-KH-DTN-VP.json"
        ))
        .unwrap()
    }

    /// The codes of `code` that validation reports on `plan`, with their paths.
    pub(crate) fn findings(plan: &Plan, code: crate::Code) -> Vec<(crate::Severity, String)> {
        let options = super::ValidateOptions {
            only: Some(vec![code]),
            ..Default::default()
        };
        super::validate_with(plan, &options)
            .into_iter()
            .map(|d| (d.severity, d.path))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_but_parse_ones_has_a_rule() {
        let codes = rule_codes();
        for code in Code::ALL {
            let parse_only = matches!(code, Code::UnrecognisedLine | Code::ParseNote);
            assert_eq!(codes.contains(code), !parse_only, "{code}");
        }
    }

    #[test]
    fn shared_work_is_done_only_for_the_rules_that_need_it() {
        let plan = test_support::sample();
        let options = ValidateOptions::default();
        let cx = Context::new(&plan, &options);
        let mut out = Vec::new();
        rules::heading_missing::check(&cx, &mut out);
        assert!(cx.roster.get().is_none() && cx.count.get().is_none());
        rules::chair_not_summoned::check(&cx, &mut out);
        assert!(cx.count.get().is_some() && cx.roster.get().is_some());
        assert!(cx.directory.get().is_none());
    }

    #[test]
    fn options_select_rules() {
        let plan = test_support::sample();
        let options = ValidateOptions {
            disabled: vec![Code::DelegateCountUnknown],
            ..Default::default()
        };
        let codes: Vec<Code> = validate_with(&plan, &options)
            .iter()
            .map(|d| d.code)
            .collect();
        assert_eq!(codes, [Code::ReportingPeriodMismatch]);
        let options = ValidateOptions {
            only: Some(vec![Code::DelegateCountUnknown]),
            ..Default::default()
        };
        assert_eq!(validate_with(&plan, &options).len(), 1);
    }

    #[test]
    fn options_json_is_strict() {
        let o: ValidateOptions =
            serde_json::from_str(r#"{"minLeadDays": 10, "disabled": ["short-notice"]}"#).unwrap();
        assert_eq!(o.min_lead_days, 10);
        assert!(serde_json::from_str::<ValidateOptions>(r#"{"leadDays": 10}"#).is_err());
        let o: ValidateOptions =
            serde_json::from_str(r#"{"minLeadDays": null, "disabled": null, "only": null}"#)
                .unwrap();
        assert_eq!(o, ValidateOptions::default());
        assert!(
            serde_json::from_str::<ValidateOptions>(r#"{"disabled": ["no-such-rule"]}"#).is_err()
        );
    }
}
