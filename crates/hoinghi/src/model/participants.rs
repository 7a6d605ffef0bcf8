use serde::{Deserialize, Serialize};

/// Cấp: a level of the organisation ("Cấp thành phố"), as data.
///
/// See [`crate::levels`] for the presets before and after 1 July 2025.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Level {
    /// A short stable identifier ("city", "commune"), referenced by groups.
    pub id: String,
    /// The heading as written ("Cấp thành phố").
    pub name: String,
}

/// Đơn vị trực thuộc: a group of like subordinate units ("11 phường").
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct UnitGroup {
    /// The noun naming one unit ("phường", "xã", "chi đoàn"); entries refer to it.
    pub noun: String,
    /// How many units there are, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub count: Option<u32>,
    /// The units' names, when listed. When given, their number is the count.
    #[serde(
        default,
        deserialize_with = "crate::de::nullable",
        skip_serializing_if = "Vec::is_empty"
    )]
    #[cfg_attr(feature = "schema", schemars(with = "Option<Vec<String>>"))]
    pub members: Vec<String>,
}

impl UnitGroup {
    /// The number of units: the listed members, else the stated count.
    #[must_use]
    pub fn size(&self) -> Option<u32> {
        if self.members.is_empty() {
            self.count
        } else {
            u32::try_from(self.members.len()).ok()
        }
    }

    /// The name of unit `index` (0-based): its listed name, else "phường 3".
    #[must_use]
    pub fn member_name(&self, index: usize) -> String {
        match self.members.get(index) {
            Some(name) => name.clone(),
            None => format!("{} {}", self.noun, index + 1),
        }
    }
}

/// How a position in a body reads: the role, a space and the body ("Bí thư" +
/// "Đoàn 11 phường" → "Bí thư Đoàn 11 phường"), or the body alone. Every message,
/// letter, calendar entry and rendering names a chair or an entry this way.
///
/// ```
/// assert_eq!(hoinghi::model::label(Some("Bí thư"), "Quận Đoàn"), "Bí thư Quận Đoàn");
/// assert_eq!(hoinghi::model::label(None, "Ban Thường vụ Quận Đoàn"), "Ban Thường vụ Quận Đoàn");
/// ```
#[must_use]
pub fn label(role: Option<&str>, body: &str) -> String {
    match role {
        Some(role) => format!("{role} {body}"),
        None => body.to_owned(),
    }
}

/// Chủ trì: one chair, a position in a body ("Bí thư Quận Đoàn").
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Chair {
    /// Mời: invited from outside the issuing body.
    #[serde(default, deserialize_with = "crate::de::nullable")]
    #[cfg_attr(feature = "schema", schemars(with = "Option<bool>"))]
    pub invited: bool,
    /// Chức danh: the position ("Bí thư", "đại diện"), when named.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// Cơ quan: the body ("Quận Đoàn").
    pub body: String,
}

impl Chair {
    /// "Bí thư Quận Đoàn": the role and the body ([`label`]).
    #[must_use]
    pub fn label(&self) -> String {
        label(self.role.as_deref(), &self.body)
    }
}

/// Thành phần tham dự: the participants and the planned cap.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Participants {
    /// Dự kiến N đại biểu: the planned number of delegates, the cap.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expected: Option<u32>,
    /// Khoảng: whether `expected` is said to be approximate ("Tổng số: khoảng 120 đại
    /// biểu"): more delegates than an approximate number is a warning, not an error.
    #[serde(
        default,
        deserialize_with = "crate::de::nullable",
        skip_serializing_if = "std::ops::Not::not"
    )]
    #[cfg_attr(feature = "schema", schemars(with = "Option<bool>"))]
    pub expected_approximate: bool,
    /// The groups, usually one per level.
    #[serde(
        default,
        deserialize_with = "crate::de::nullable",
        skip_serializing_if = "Vec::is_empty"
    )]
    #[cfg_attr(feature = "schema", schemars(with = "Option<Vec<ParticipantGroup>>"))]
    pub groups: Vec<ParticipantGroup>,
    /// Dòng chưa chắc: lines of the participants part that may name people but could
    /// not safely be read as one entry ("Đại diện 05 đồng chí của mỗi chi đoàn và 02
    /// đồng chí …"). They are not counted, and while any remain the count has no
    /// upper bound.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub uncertain: Vec<String>,
}

// Fields added later are hashed only when set, so that the layout digests recorded
// before them ([`crate::model::Plan::fields_digest`]) stay current.
impl std::hash::Hash for Participants {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        let Self {
            expected,
            expected_approximate,
            groups,
            uncertain,
        } = self;
        expected.hash(state);
        groups.hash(state);
        uncertain.hash(state);
        if *expected_approximate {
            expected_approximate.hash(state);
        }
    }
}

/// A group of participant entries, usually one level ("2.1 Cấp thành phố").
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ParticipantGroup {
    /// The [`Level::id`] of this group, when the plan groups by level.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level: Option<String>,
    /// The entries, in order.
    #[serde(default, deserialize_with = "crate::de::nullable")]
    #[cfg_attr(feature = "schema", schemars(with = "Option<Vec<ParticipantEntry>>"))]
    pub entries: Vec<ParticipantEntry>,
    /// Số lượng của nhóm: the number of people the group's heading states for the
    /// entries listed under it ("Đại biểu chính thức: 55 đồng chí, gồm:", "Đại biểu
    /// khách mời (khoảng 20 đồng chí):"). A statement of the text, checked against the
    /// entries by validation (`group-count-mismatch`); never counted itself.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subtotal: Option<u32>,
    /// Whether `subtotal` is said to be approximate ("khoảng 20 đồng chí").
    #[serde(
        default,
        deserialize_with = "crate::de::nullable",
        skip_serializing_if = "std::ops::Not::not"
    )]
    #[cfg_attr(feature = "schema", schemars(with = "Option<bool>"))]
    pub subtotal_approximate: bool,
}

// As for [`Participants`]: the fields added later are hashed only when set.
impl std::hash::Hash for ParticipantGroup {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        let Self {
            level,
            entries,
            subtotal,
            subtotal_approximate,
        } = self;
        level.hash(state);
        entries.hash(state);
        if subtotal.is_some() || *subtotal_approximate {
            subtotal.hash(state);
            subtotal_approximate.hash(state);
        }
    }
}

/// Thành phần: one participant entry: one or more positions in one body, or in each
/// unit of a [`UnitGroup`] ("Bí thư và Phó Bí thư Đoàn 11 phường").
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ParticipantEntry {
    /// Mời: invited from outside the issuing body; receives an invitation letter.
    #[serde(default, deserialize_with = "crate::de::nullable")]
    #[cfg_attr(feature = "schema", schemars(with = "Option<bool>"))]
    pub invited: bool,
    /// Chức danh: the position(s) ("Bí thư và Phó Bí thư"); absent when a whole body is summoned.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// Cơ quan: the body as written ("Đoàn 11 phường", "Ban Thường vụ Quận Đoàn").
    pub body: String,
    /// The [`UnitGroup::noun`] when the entry stands for the same positions in each unit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub each: Option<String>,
    /// Số lượng: people per body (per unit when `each` is set).
    pub count: Headcount,
    /// Whether the count is written in the text ("(01 đồng chí)") rather than implied
    /// by the wording ("đại diện" is one person).
    #[serde(default, deserialize_with = "crate::de::nullable")]
    #[cfg_attr(feature = "schema", schemars(with = "Option<bool>"))]
    pub count_stated: bool,
}

impl ParticipantEntry {
    /// "Bí thư và Phó Bí thư Đoàn 11 phường": the role and the body ([`label`]).
    #[must_use]
    pub fn label(&self) -> String {
        label(self.role.as_deref(), &self.body)
    }
}

/// Số người: a number of people that may be exact, a range, or unknown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(tag = "kind", rename_all = "camelCase", deny_unknown_fields)]
pub enum Headcount {
    /// Exactly this many.
    Exact {
        /// The number of people.
        value: u32,
    },
    /// Between `min` and `max` inclusive.
    Range {
        /// At least.
        min: u32,
        /// At most.
        max: u32,
    },
    /// At least `min`, no upper bound known.
    AtLeast {
        /// At least.
        min: u32,
    },
    /// The text does not say.
    Unknown,
}

impl Headcount {
    /// The lower bound (0 when unknown).
    #[must_use]
    pub fn min(self) -> u32 {
        match self {
            Self::Exact { value } => value,
            Self::Range { min, .. } | Self::AtLeast { min } => min,
            Self::Unknown => 0,
        }
    }

    /// The upper bound, `None` when unbounded or unknown.
    #[must_use]
    pub fn max(self) -> Option<u32> {
        match self {
            Self::Exact { value } => Some(value),
            Self::Range { max, .. } => Some(max),
            Self::AtLeast { .. } | Self::Unknown => None,
        }
    }

    /// Whether the count is [`Headcount::Unknown`].
    #[must_use]
    pub fn is_unknown(self) -> bool {
        matches!(self, Self::Unknown)
    }
}

#[cfg(test)]
mod tests {
    use crate::model::Plan;

    #[test]
    fn fields_added_later_keep_the_recorded_digests() {
        let plan: Plan = crate::json::from_str(include_str!(
            "../../../../examples/plans/ke-hoach-05-KH-DTN-VP.json"
        ))
        .unwrap();
        let recorded = plan.layout.as_ref().map(|l| l.digest.clone());
        assert_eq!(Some(plan.fields_digest()), recorded);
        let mut approximate = plan.clone();
        approximate.participants.expected_approximate = true;
        assert_ne!(approximate.fields_digest(), plan.fields_digest());
        let mut subtotal = plan.clone();
        subtotal.participants.groups[0].subtotal = Some(2);
        assert_ne!(subtotal.fields_digest(), plan.fields_digest());
        let mut year = plan.clone();
        if let Some(n) = year.header.number.as_mut() {
            n.year = Some(2026);
        }
        assert_ne!(year.fields_digest(), plan.fields_digest());
    }
}
