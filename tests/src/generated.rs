//! Generated plans for benchmarks: a national congress whose size grows linearly with
//! `scale` (34 provinces × `scale` units each, 2 delegates per unit, 2 × `scale`
//! programme items). `scale` 100 is about 6,800 delegates and 200 programme items.

use chrono::{NaiveDate, NaiveTime};
use hoinghi::limits::{MAX_CHAIRS, MAX_LEVELS, MAX_PARTICIPANT_ENTRIES, MAX_UNIT_GROUPS};
use hoinghi::model::{
    Assignment, Chair, Headcount, Level, ParticipantEntry, ParticipantGroup, ProgrammeItem,
    Recipient, Schedule, Signature, UnitGroup, Venue,
};
use hoinghi::{DocumentNumber, NumberStyle, Plan};

/// The provinces and cities after 1 July 2025.
pub const PROVINCES: usize = 34;

/// A national congress plan of the given scale (see the module docs).
#[must_use]
pub fn national_congress(scale: usize) -> Plan {
    let mut plan = Plan::new(
        "BAN CHẤP HÀNH TRUNG ƯƠNG ĐOÀN",
        "Tổ chức Đại hội đại biểu toàn quốc Đoàn TNCS Hồ Chí Minh",
    );
    plan.header.heading = vec!["ĐOÀN TNCS HỒ CHÍ MINH".into()];
    plan.header.number = Some(DocumentNumber::new(
        NumberStyle::Party,
        12,
        "KH",
        "TWĐTN",
        Some("VP"),
    ));
    plan.header.place = Some("Hà Nội".into());
    plan.header.date = NaiveDate::from_ymd_opt(2027, 9, 1);
    plan.purposes = vec!["Tổng kết nhiệm kỳ, xác định phương hướng nhiệm kỳ mới.".into()];
    plan.levels = vec![Level {
        id: "province".into(),
        name: "Cấp tỉnh".into(),
    }];
    plan.chairs = vec![Chair {
        invited: false,
        role: Some("Bí thư thứ nhất".into()),
        body: "Trung ương Đoàn".into(),
    }];
    plan.participants.expected =
        Some(u32::try_from(PROVINCES * scale * 2 + 10).unwrap_or(u32::MAX));
    for p in 0..PROVINCES {
        let entries = (0..scale)
            .map(|u| ParticipantEntry {
                invited: false,
                role: Some("Bí thư và Phó Bí thư".into()),
                body: format!("Đoàn xã số {} tỉnh số {}", u + 1, p + 1),
                each: None,
                count: Headcount::Exact { value: 2 },
                count_stated: false,
            })
            .collect();
        plan.participants.groups.push(ParticipantGroup {
            level: Some("province".into()),
            entries,
            ..ParticipantGroup::default()
        });
    }
    let mut schedule = Schedule::on(NaiveDate::from_ymd_opt(2027, 10, 11).unwrap_or_default());
    schedule.start = NaiveTime::from_hms_opt(7, 30, 0);
    plan.schedule = Some(schedule);
    plan.venue = Some(Venue {
        name: "Trung tâm Hội nghị Quốc gia".into(),
        capacity: Some(10_000),
    });
    plan.programme = (0..scale * 2)
        .map(|i| {
            let mut item = ProgrammeItem::new(format!("Phiên thảo luận số {}.", i + 1));
            let minutes = u32::try_from(i % 600).unwrap_or(0);
            item.start = NaiveTime::from_hms_opt(7 + minutes / 60 % 12, minutes % 60, 0);
            item
        })
        .collect();
    plan.signature = Some(Signature {
        authority: Some(hoinghi::model::Authority::Tm),
        principal: Some("BAN BÍ THƯ".into()),
        delegations: Vec::new(),
        title: None,
        name: None,
    });
    plan.recipients = vec![Recipient {
        body: "Các tỉnh, thành đoàn".into(),
        sub_units: Vec::new(),
    }];
    plan.archive = Some(hoinghi::model::Archive {
        units: vec!["VP".into()],
    });
    plan
}

fn invited(body: String, each: Option<String>) -> ParticipantEntry {
    ParticipantEntry {
        invited: true,
        role: None,
        body,
        each,
        count: Headcount::Exact { value: 1 },
        count_stated: true,
    }
}

/// A plan with as many levels, unit groups, chairs and entries as the limits
/// allow: every entry per unit of a different group, in its own group of a level,
/// invited, each a collective of a body like a chair's, none a recipient.
#[must_use]
pub fn crowded() -> Plan {
    let mut plan = national_congress(1);
    plan.levels = (0..MAX_LEVELS)
        .map(|i| Level {
            id: format!("l{i}"),
            name: format!("Cấp {i}"),
        })
        .collect();
    plan.units = (0..MAX_UNIT_GROUPS)
        .map(|i| UnitGroup {
            noun: format!("Tổ {i}"),
            count: Some(3),
            members: Vec::new(),
        })
        .collect();
    plan.chairs = (0..MAX_CHAIRS)
        .map(|i| Chair {
            invited: true,
            role: Some("Bí thư".into()),
            body: format!("Quận Đoàn {i}"),
        })
        .collect();
    plan.participants.groups = (0..MAX_PARTICIPANT_ENTRIES)
        .map(|i| ParticipantGroup {
            level: Some(format!("l{}", i % MAX_LEVELS)),
            entries: vec![invited(
                format!("Ban Thường vụ Quận Đoàn x{i}"),
                Some(format!("tổ  {}", i % MAX_UNIT_GROUPS)),
            )],
            ..ParticipantGroup::default()
        })
        .collect();
    plan.participants.expected = None;
    plan.recipients = (0..2_000)
        .map(|i| Recipient {
            body: format!("Đoàn {i}"),
            sub_units: Vec::new(),
        })
        .collect();
    plan.quorum = None;
    plan.assignments = (0..2_000)
        .map(|i| Assignment {
            body: format!("Ban Tuyên giáo {i}"),
            tasks: vec!["Chuẩn bị tài liệu.".into()],
            deadline: None,
        })
        .collect();
    plan
}
