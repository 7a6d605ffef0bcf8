//! `quorum-unreachable` (error): the plan's own quorum rule cannot be met by who it
//! summons (an impossible share, no unit group to count, a required position nobody
//! holds, or a venue too small for the people needed).

use crate::diagnostic::{Code, Diagnostic, Severity};
use crate::quorum::reachability;
use crate::validate::Context;

pub(crate) fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let Some(rule) = &cx.plan.quorum else { return };
    for problem in reachability(cx.plan, rule, "/quorum") {
        out.push(Diagnostic::new(
            Code::QuorumUnreachable,
            Severity::Error,
            problem.path,
            problem.message,
        ));
    }
}

#[cfg(test)]
mod tests {
    use crate::quorum::{QuorumRule, Share};
    use crate::validate::test_support::{findings, sample};
    use crate::{Code, Severity};

    #[test]
    fn pass_and_fail() {
        let mut plan = sample();
        plan.quorum = Some(QuorumRule::youth_union_congress());
        assert!(findings(&plan, Code::QuorumUnreachable).is_empty());
        plan.quorum = Some(QuorumRule {
            people: Some(Share::more_than(1, 1)),
            ..Default::default()
        });
        assert_eq!(
            findings(&plan, Code::QuorumUnreachable),
            [(Severity::Error, "/quorum/people".to_owned())]
        );
    }
}
