//! Generated plans for benchmarks: a national congress whose size grows linearly with
//! `scale` (34 provinces × `scale` units each, 2 delegates per unit, 2 × `scale`
//! programme items). `scale` 100 is about 6,800 delegates and 200 programme items.

use chrono::{NaiveDate, NaiveTime};
use hoinghi::model::{
    Chair, Headcount, Level, ParticipantEntry, ParticipantGroup, ProgrammeItem, Recipient,
    Schedule, Signature, Venue,
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
