//! What to record to settle an unknown duty: the one notion of "unknown" the obligations and the
//! report share is a duty whose status is `UNKNOWN` (nothing on record, or a person must decide),
//! and each such duty says what would settle it.

use crate::duties::{Duty, DutyStatus};
use crate::rules::RuleId;

stable_enum! {
    /// What to record (or decide) so that an unknown duty gets a status.
    Settle {
        /// art-18.c: the date the bearer adopted its implementation measures.
        ImplMeasures = "IMPL_MEASURES" {
            zh: "在登记册的 implMeasures 中记录其制定落实措施的日期(adoptedDate);尚未制定的,记录一条不含日期的记录",
            ko: "등록부의 implMeasures에 락착조치를 제정한 날자(adoptedDate)를 기록한다. 아직 제정하지 않았으면 날자 없는 기록을 남긴다",
            en: "record in the register's implMeasures the date it adopted its implementation measures (adoptedDate); if it has not, a record without a date"
        },
        /// A duty marked done (or not) in `dutyRecords`: art-02.a and the open items.
        DutyRecord = "DUTY_RECORD" {
            zh: "在登记册的 dutyRecords 中记录完成日期(ruleId、bearer、doneDate);尚未完成的,记录一条不含日期的记录",
            ko: "등록부의 dutyRecords에 완료한 날자(ruleId, bearer, doneDate)를 기록한다. 아직 완료하지 않았으면 날자 없는 기록을 남긴다",
            en: "record in the register's dutyRecords the date it was done (ruleId, bearer, doneDate); if it was not, a record without a date"
        },
        /// art-11.b: the zone's land evaluation of the year.
        LandEvaluation = "LAND_EVALUATION" {
            zh: "在登记册的 landEvaluations 中记录该开发区当年的土地集约利用评价(zoneId、year、type、completedDate)",
            ko: "등록부의 landEvaluations에 이 개발구의 그해 토지 집약리용 평가(zoneId, year, type, completedDate)를 기록한다",
            en: "record the zone's land intensive-use evaluation of the year in the register's landEvaluations (zoneId, year, type, completedDate)"
        },
        /// art-16.b: the Leading Group's meetings of the year.
        Meetings = "MEETINGS" {
            zh: "在登记册的 meetings 中记录领导小组当年召开的每次会议(date、kind、convenedBy)",
            ko: "등록부의 meetings에 령도소조가 그해 소집한 회의를 하나하나(date, kind, convenedBy) 기록한다",
            en: "record each meeting the Leading Group held in the year in the register's meetings (date, kind, convenedBy)"
        },
        /// art-14.d: the notice's rectification period and the acceptance.
        Rectification = "RECTIFICATION" {
            zh: "给出通报规定的整改期限(参数 rectificationDeadlineDays),并在登记册的 rectifications 中记录整改验收",
            ko: "통보에서 정한 정돈 기한(매개변수 rectificationDeadlineDays)을 주고 등록부의 rectifications에 정돈 검수를 기록한다",
            en: "give the rectification period set in the notice (parameter rectificationDeadlineDays) and record the acceptance in the register's rectifications"
        },
        /// A person must decide from the reasons shown (art-18.a's 「定期」, art-02.c's count).
        Decide = "DECIDE" {
            zh: "由人根据所列理由作出判断,再在登记册的 dutyRecords 中记录结果",
            ko: "제시된 근거에 따라 사람이 판단하고 그 결과를 등록부의 dutyRecords에 기록한다",
            en: "a person decides from the reasons shown, then records the result in the register's dutyRecords"
        },
    }
}

/// What would settle `d`, when its status is `UNKNOWN`.
#[must_use]
pub fn settle(d: &Duty) -> Option<Settle> {
    if d.status != DutyStatus::Unknown {
        return None;
    }
    let r = d.rule_id;
    // A person must decide from the reasons shown (a meeting recorded as convened by the Bureau
    // of Commerce, art-11.b's cycle read two ways): recording more would not settle it.
    if d.needs_person() {
        return Some(Settle::Decide);
    }
    Some(if r == RuleId::ART_18_C {
        Settle::ImplMeasures
    } else if r == RuleId::ART_11_B {
        Settle::LandEvaluation
    } else if r == RuleId::ART_16_B {
        Settle::Meetings
    } else if r == RuleId::ART_14_D {
        Settle::Rectification
    } else if r == RuleId::ART_18_A || r == RuleId::ART_02_C {
        Settle::Decide
    } else {
        // art-02.a's window, art-10.a's system and every open item.
        Settle::DutyRecord
    })
}
