//! One module per rule. Each exposes `check` and tests a passing and a failing plan.

pub(super) mod agenda_overruns;
pub(super) mod archive_copy_missing;
pub(super) mod assignment_unknown_body;
pub(super) mod budget_total_mismatch;
pub(super) mod chair_not_summoned;
pub(super) mod character_not_allowed;
pub(super) mod delegate_count_unknown;
pub(super) mod delegate_limit_exceeded;
pub(super) mod document_number_invalid;
pub(super) mod duplicate_participant;
pub(super) mod event_before_issue;
pub(super) mod group_count_mismatch;
pub(super) mod heading_missing;
pub(super) mod line_break_in_field;
pub(super) mod quorum_unreachable;
pub(super) mod recipient_missing;
pub(super) mod reporting_period_mismatch;
pub(super) mod schedule_invalid;
pub(super) mod short_notice;
pub(super) mod signature_missing;
pub(super) mod unknown_reference;
pub(super) mod venue_capacity_exceeded;
pub(super) mod weekday_mismatch;

/// "26/8/2022".
pub(super) fn dmy(date: chrono::NaiveDate) -> String {
    crate::clock::d_m_y(date)
}
