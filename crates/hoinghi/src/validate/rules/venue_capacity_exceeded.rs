//! `venue-capacity-exceeded`: for an in-person conference, error when the lower bound
//! of the count exceeds the venue's seats, warning when only the upper bound does.
//! Chairs not among the participants are included; online sites are not checked
//! (the plan does not say who sits where).

use crate::diagnostic::{Code, Diagnostic, Message, Severity};
use crate::model::Mode;
use crate::validate::Context;

pub(crate) fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    if cx.plan.mode != Mode::InPerson {
        return;
    }
    let Some(capacity) = cx.plan.venue.as_ref().and_then(|v| v.capacity) else {
        return;
    };
    let (severity, vi, en) = if cx.count().min > capacity {
        (
            Severity::Error,
            format!(
                "Ít nhất {} người tham dự nhưng địa điểm chỉ có {capacity} chỗ.",
                cx.count().min
            ),
            format!(
                "At least {} people attend but the venue seats {capacity}.",
                cx.count().min
            ),
        )
    } else if let Some(max) = cx.count().max.filter(|m| *m > capacity) {
        (
            Severity::Warning,
            format!("Có thể tới {max} người nhưng địa điểm chỉ có {capacity} chỗ."),
            format!("Up to {max} people may attend but the venue seats {capacity}."),
        )
    } else {
        return;
    };
    out.push(Diagnostic::new(
        Code::VenueCapacityExceeded,
        severity,
        "/venue/capacity",
        Message::new(vi, en),
    ));
}

#[cfg(test)]
mod tests {
    use crate::model::Venue;
    use crate::validate::test_support::{findings, sample};
    use crate::{Code, Severity};

    #[test]
    fn pass_and_fail() {
        let mut plan = sample();
        plan.venue = Some(Venue {
            name: "Hội trường 2".into(),
            capacity: Some(60),
        });
        assert!(findings(&plan, Code::VenueCapacityExceeded).is_empty());
        plan.venue = Some(Venue {
            name: "Phòng họp".into(),
            capacity: Some(30),
        });
        assert_eq!(
            findings(&plan, Code::VenueCapacityExceeded),
            [(Severity::Error, "/venue/capacity".to_owned())]
        );
        plan.participants.groups[1].entries[2].count = crate::model::Headcount::Exact { value: 0 };
        plan.venue = Some(Venue {
            name: "Phòng họp".into(),
            capacity: Some(37),
        });
        assert!(findings(&plan, Code::VenueCapacityExceeded).is_empty());
        plan.participants.groups[1].entries[2].count =
            crate::model::Headcount::Range { min: 0, max: 5 };
        assert_eq!(
            findings(&plan, Code::VenueCapacityExceeded),
            [(Severity::Warning, "/venue/capacity".to_owned())]
        );
    }
}
