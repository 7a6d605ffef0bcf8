//! Điều kiện hợp lệ as data: the quorum rule a plan carries (or a user chooses).
//! Checking it against a plan or an attendance record is [`crate::quorum`]'s work.

use serde::{Deserialize, Serialize};

use crate::diagnostic::Message;

/// Tỷ lệ: an exact share, "at least n/d" or (strict) "more than n/d".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Share {
    /// n.
    pub numerator: u32,
    /// d, not zero.
    pub denominator: u32,
    /// "More than" (quá) rather than "at least" (ít nhất).
    #[serde(default, deserialize_with = "crate::de::nullable")]
    #[cfg_attr(feature = "schema", schemars(with = "Option<bool>"))]
    pub strict: bool,
}

impl Share {
    /// At least n/d.
    #[must_use]
    pub const fn at_least(numerator: u32, denominator: u32) -> Self {
        Self {
            numerator,
            denominator,
            strict: false,
        }
    }

    /// More than n/d.
    #[must_use]
    pub const fn more_than(numerator: u32, denominator: u32) -> Self {
        Self {
            numerator,
            denominator,
            strict: true,
        }
    }

    /// Whether some attendance out of a positive total can meet it (n/d ≤ 1, and < 1
    /// when strict; d ≠ 0).
    #[must_use]
    pub fn is_attainable(&self) -> bool {
        self.denominator != 0
            && if self.strict {
                self.numerator < self.denominator
            } else {
                self.numerator <= self.denominator
            }
    }

    /// The fewest of `total` that meet the share; `None` when the share is not
    /// attainable.
    #[must_use]
    pub fn needed(&self, total: u32) -> Option<u32> {
        if !self.is_attainable() {
            return None;
        }
        let product = u64::from(self.numerator) * u64::from(total);
        let d = u64::from(self.denominator);
        let k = if self.strict {
            product / d + 1
        } else {
            product.div_ceil(d)
        };
        u32::try_from(k).ok()
    }

    /// "ít nhất 2/3" / "at least 2/3".
    #[must_use]
    pub fn describe(&self) -> Message {
        let f = format!("{}/{}", self.numerator, self.denominator);
        if self.strict {
            Message::new(format!("quá {f}"), format!("more than {f}"))
        } else {
            Message::new(format!("ít nhất {f}"), format!("at least {f}"))
        }
    }
}

/// Điều kiện hợp lệ: a quorum rule; every part is optional and all given parts must hold.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct QuorumRule {
    /// The share of summoned people who must attend.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub people: Option<Share>,
    /// The share of subordinate units that must be represented.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub units: Option<UnitShare>,
    /// Positions that must be present.
    #[serde(
        default,
        deserialize_with = "crate::de::nullable",
        skip_serializing_if = "Vec::is_empty"
    )]
    #[cfg_attr(feature = "schema", schemars(with = "Option<Vec<RequiredPosition>>"))]
    pub required: Vec<RequiredPosition>,
}

/// The share of units of a [`crate::model::UnitGroup`] that must be represented.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct UnitShare {
    /// The share.
    pub share: Share,
    /// The unit group's noun; when absent, the plan's only unit group.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub noun: Option<String>,
}

/// A participant entry at least one of whose people must be present — in every unit
/// when `everyUnit` is set (e.g. each ward's secretary or deputy).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RequiredPosition {
    /// Index of the participant group.
    pub group: usize,
    /// Index of the entry in the group.
    pub entry: usize,
    /// Required in every unit of the entry's unit group.
    #[serde(default, deserialize_with = "crate::de::nullable")]
    #[cfg_attr(feature = "schema", schemars(with = "Option<bool>"))]
    pub every_unit: bool,
}

impl QuorumRule {
    /// Youth Union congress (Điều lệ Đoàn, art. 9.1): at least 2/3 of the summoned
    /// delegates, representing at least 2/3 of the subordinate units.
    #[must_use]
    pub fn youth_union_congress() -> Self {
        Self {
            people: Some(Share::at_least(2, 3)),
            units: Some(UnitShare {
                share: Share::at_least(2, 3),
                noun: None,
            }),
            required: Vec::new(),
        }
    }

    /// More than half of the summoned members (Party bodies).
    #[must_use]
    pub fn more_than_half() -> Self {
        Self {
            people: Some(Share::more_than(1, 2)),
            units: None,
            required: Vec::new(),
        }
    }
}
