//! The plan itself: every part of a *Kế hoạch tổ chức hội nghị* as data.
//!
//! The model is plain data with public fields. It serialises to camelCase JSON
//! carrying a [`SCHEMA_VERSION`]; unknown fields are rejected on input (see
//! [`crate::json`]). Values the text does not give (a committee's size, a
//! signer's name) are `None` or [`Headcount::Unknown`], never guessed.

mod closing;
pub(crate) mod fields;
mod header;
mod layout;
mod participants;
mod programme;
mod quorum;
mod schedule;

pub use closing::{Archive, Authority, Budget, BudgetItem, Delegation, Recipient, Signature};
pub use header::{Header, NumberStyle};
pub use layout::{Layout, LayoutLine, LineRole, Part};
pub use participants::{
    label, Chair, Headcount, Level, ParticipantEntry, ParticipantGroup, Participants, UnitGroup,
};
pub use programme::{Assignment, ProgrammeItem};
pub use quorum::{QuorumRule, RequiredPosition, Share, UnitShare};
pub use schedule::{DaySpan, Mode, PartOfDay, Schedule, Session, Site, SpanUnit, Venue};

pub use crate::number::DocumentNumber;
pub use crate::period::ReportingPeriod;

use serde::{Deserialize, Serialize};

/// The version of the JSON shape written by this crate. Readers reject other versions.
pub const SCHEMA_VERSION: u32 = 1;

/// Kế hoạch tổ chức hội nghị: a plan for organising a conference.
///
/// Sections are stored by meaning, not by their position in the source
/// document; the renderers write them in the official order.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Plan {
    /// Must equal [`SCHEMA_VERSION`].
    pub schema_version: u32,
    /// Thể thức: heading, issuing body, number, place and date, type and title.
    pub header: Header,
    /// Lời mở đầu: the paragraphs between the title and the first section.
    #[serde(
        default,
        deserialize_with = "crate::de::nullable",
        skip_serializing_if = "Vec::is_empty"
    )]
    #[cfg_attr(feature = "schema", schemars(with = "Option<Vec<String>>"))]
    pub preamble: Vec<String>,
    /// Mục đích, yêu cầu: purposes and requirements, in order.
    #[serde(
        default,
        deserialize_with = "crate::de::nullable",
        skip_serializing_if = "Vec::is_empty"
    )]
    #[cfg_attr(feature = "schema", schemars(with = "Option<Vec<String>>"))]
    pub purposes: Vec<String>,
    /// Cấp: the levels participant groups refer to, highest first (see [`crate::levels`]).
    #[serde(
        default,
        deserialize_with = "crate::de::nullable",
        skip_serializing_if = "Vec::is_empty"
    )]
    #[cfg_attr(feature = "schema", schemars(with = "Option<Vec<Level>>"))]
    pub levels: Vec<Level>,
    /// Đơn vị trực thuộc: groups of subordinate units ("11 phường").
    #[serde(
        default,
        deserialize_with = "crate::de::nullable",
        skip_serializing_if = "Vec::is_empty"
    )]
    #[cfg_attr(feature = "schema", schemars(with = "Option<Vec<UnitGroup>>"))]
    pub units: Vec<UnitGroup>,
    /// Chủ trì: the chair(s).
    #[serde(
        default,
        deserialize_with = "crate::de::nullable",
        skip_serializing_if = "Vec::is_empty"
    )]
    #[cfg_attr(feature = "schema", schemars(with = "Option<Vec<Chair>>"))]
    pub chairs: Vec<Chair>,
    /// Thành phần tham dự: who is summoned, grouped by level, and the planned cap.
    #[serde(default, deserialize_with = "crate::de::nullable")]
    #[cfg_attr(feature = "schema", schemars(with = "Option<Participants>"))]
    pub participants: Participants,
    /// Thời gian: date and time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub schedule: Option<Schedule>,
    /// Địa điểm: the venue (the main site of an online or hybrid conference).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub venue: Option<Venue>,
    /// Hình thức: in person, online or hybrid.
    #[serde(
        default,
        deserialize_with = "crate::de::nullable",
        skip_serializing_if = "Mode::is_in_person"
    )]
    #[cfg_attr(feature = "schema", schemars(with = "Option<Mode>"))]
    pub mode: Mode,
    /// Điểm cầu: the sites of an online or hybrid conference.
    #[serde(
        default,
        deserialize_with = "crate::de::nullable",
        skip_serializing_if = "Vec::is_empty"
    )]
    #[cfg_attr(feature = "schema", schemars(with = "Option<Vec<Site>>"))]
    pub sites: Vec<Site>,
    /// Các buổi, các phiên: the meetings of a plan that holds several (đại hội trù bị
    /// and chính thức, one per grade), each with its own time and place. Empty for a
    /// plan of one meeting; when not, `schedule` and `venue` are the first meeting's.
    #[serde(
        default,
        deserialize_with = "crate::de::nullable",
        skip_serializing_if = "Vec::is_empty"
    )]
    #[cfg_attr(feature = "schema", schemars(with = "Option<Vec<Session>>"))]
    pub sessions: Vec<Session>,
    /// Chương trình: the programme, in order.
    #[serde(
        default,
        deserialize_with = "crate::de::nullable",
        skip_serializing_if = "Vec::is_empty"
    )]
    #[cfg_attr(feature = "schema", schemars(with = "Option<Vec<ProgrammeItem>>"))]
    pub programme: Vec<ProgrammeItem>,
    /// Phân công thực hiện: which body does what.
    #[serde(
        default,
        deserialize_with = "crate::de::nullable",
        skip_serializing_if = "Vec::is_empty"
    )]
    #[cfg_attr(feature = "schema", schemars(with = "Option<Vec<Assignment>>"))]
    pub assignments: Vec<Assignment>,
    /// Kinh phí: the budget, when the plan has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub budget: Option<Budget>,
    /// Điều kiện hợp lệ: the quorum rule the organisers chose, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quorum: Option<QuorumRule>,
    /// Đoạn kết: the closing paragraph(s) ("Trên đây là kế hoạch…").
    #[serde(
        default,
        deserialize_with = "crate::de::nullable",
        skip_serializing_if = "Vec::is_empty"
    )]
    #[cfg_attr(feature = "schema", schemars(with = "Option<Vec<String>>"))]
    pub closing: Vec<String>,
    /// Chữ ký: the signature block.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signature: Option<Signature>,
    /// Nơi nhận: the recipients, without the archive copy.
    #[serde(
        default,
        deserialize_with = "crate::de::nullable",
        skip_serializing_if = "Vec::is_empty"
    )]
    #[cfg_attr(feature = "schema", schemars(with = "Option<Vec<Recipient>>"))]
    pub recipients: Vec<Recipient>,
    /// Lưu: the archive copy ("Lưu VP").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub archive: Option<Archive>,
    /// Input lines the text parser did not understand, kept with their place.
    #[serde(
        default,
        deserialize_with = "crate::de::nullable",
        skip_serializing_if = "Vec::is_empty"
    )]
    #[cfg_attr(feature = "schema", schemars(with = "Option<Vec<UnrecognisedLine>>"))]
    pub unrecognised: Vec<UnrecognisedLine>,
    /// Bố cục: the document as written, when the plan was read from one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub layout: Option<Layout>,
}

impl Plan {
    /// An empty plan of the given issuer, type and title, to be filled in.
    ///
    /// ```
    /// let plan = hoinghi::Plan::new("BCH ĐOÀN QUẬN 12", "Hội nghị thông tin");
    /// assert_eq!(plan.header.document_type, "KẾ HOẠCH");
    /// ```
    #[must_use]
    pub fn new(issuer: impl Into<String>, title: impl Into<String>) -> Self {
        Self {
            schema_version: SCHEMA_VERSION,
            header: Header::new(issuer, title),
            preamble: Vec::new(),
            purposes: Vec::new(),
            levels: Vec::new(),
            units: Vec::new(),
            chairs: Vec::new(),
            participants: Participants::default(),
            schedule: None,
            venue: None,
            mode: Mode::InPerson,
            sites: Vec::new(),
            sessions: Vec::new(),
            programme: Vec::new(),
            assignments: Vec::new(),
            budget: None,
            quorum: None,
            closing: Vec::new(),
            signature: None,
            recipients: Vec::new(),
            archive: None,
            unrecognised: Vec::new(),
            layout: None,
        }
    }

    /// The fingerprint of every field but [`Plan::layout`] (64-bit FNV-1a over the
    /// fields' `Hash`, the same on every platform): what [`Layout::digest`] records
    /// when a plan is read.
    #[must_use]
    pub fn fields_digest(&self) -> String {
        use std::hash::{Hash, Hasher};
        let mut hasher = Fnv(0xcbf2_9ce4_8422_2325);
        let Self {
            schema_version,
            header,
            preamble,
            purposes,
            levels,
            units,
            chairs,
            participants,
            schedule,
            venue,
            mode,
            sites,
            sessions,
            programme,
            assignments,
            budget,
            quorum,
            closing,
            signature,
            recipients,
            archive,
            unrecognised,
            layout: _,
        } = self;
        (schema_version, header, preamble, purposes, levels, units).hash(&mut hasher);
        (chairs, participants, schedule, venue, mode, sites).hash(&mut hasher);
        (programme, assignments, budget, quorum, closing, signature).hash(&mut hasher);
        (recipients, archive, unrecognised).hash(&mut hasher);
        // Fields added later are hashed only when set, so that layouts recorded before
        // them stay current.
        if !sessions.is_empty() {
            sessions.hash(&mut hasher);
        }
        format!("{:016x}", hasher.finish())
    }

    /// The author's layout, when the plan has one and its fields are unchanged since
    /// it was read.
    #[must_use]
    pub fn current_layout(&self) -> Option<&Layout> {
        self.layout
            .as_ref()
            .filter(|l| !l.lines.is_empty() && l.digest == self.fields_digest())
    }

    /// The unit group whose noun is `noun` ("phường"), compared case-insensitively.
    /// To look up many, index them once with [`crate::matching::UnitGroups`].
    #[must_use]
    pub fn unit_group(&self, noun: &str) -> Option<&UnitGroup> {
        let noun = crate::names::normalise(noun);
        self.units
            .iter()
            .find(|u| crate::names::normalise(&u.noun) == noun)
    }

    /// The level with this id.
    #[must_use]
    pub fn level(&self, id: &str) -> Option<&Level> {
        self.levels.iter().find(|l| l.id == id)
    }

    /// Every participant entry with its group and entry index, in document order.
    pub fn entries(&self) -> impl Iterator<Item = (usize, usize, &ParticipantEntry)> {
        self.participants
            .groups
            .iter()
            .enumerate()
            .flat_map(|(g, group)| {
                group
                    .entries
                    .iter()
                    .enumerate()
                    .map(move |(e, entry)| (g, e, entry))
            })
    }
}

/// 64-bit FNV-1a, writing integers little-endian and `usize` as 64 bits, so that a
/// digest made in WebAssembly matches one made natively.
struct Fnv(u64);

impl std::hash::Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for byte in bytes {
            self.0 ^= u64::from(*byte);
            self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
        }
    }

    fn write_u16(&mut self, i: u16) {
        self.write(&i.to_le_bytes());
    }

    fn write_u32(&mut self, i: u32) {
        self.write(&i.to_le_bytes());
    }

    fn write_u64(&mut self, i: u64) {
        self.write(&i.to_le_bytes());
    }

    fn write_usize(&mut self, i: usize) {
        self.write_u64(i as u64);
    }

    fn write_i32(&mut self, i: i32) {
        self.write(&i.to_le_bytes());
    }

    fn write_i64(&mut self, i: i64) {
        self.write(&i.to_le_bytes());
    }

    fn write_isize(&mut self, i: isize) {
        self.write_i64(i as i64);
    }
}

/// Dòng chưa nhận dạng: a line of the source the parser kept without understanding it.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct UnrecognisedLine {
    /// 1-based line number in the parsed text.
    pub line: u32,
    /// The part of the document the line stood in; renderers put it back there.
    pub section: SectionKey,
    /// The line as written (normalised to NFC, trimmed).
    pub text: String,
}

/// The parts of a plan, as places to anchor kept lines and to name in messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub enum SectionKey {
    /// Before the title.
    Header,
    /// Between the title and the first section.
    Preamble,
    /// Mục đích, yêu cầu.
    Purposes,
    /// Chủ trì.
    Chairs,
    /// Thành phần.
    Participants,
    /// Thời gian.
    Schedule,
    /// Địa điểm, điểm cầu.
    Venue,
    /// Chương trình.
    Programme,
    /// Phân công thực hiện.
    Assignments,
    /// Kinh phí.
    Budget,
    /// Đoạn kết.
    Closing,
    /// Chữ ký and Nơi nhận.
    Signature,
    /// A section the reader does not know ("IV. CÔNG TÁC TUYÊN TRUYỀN").
    Other,
}
