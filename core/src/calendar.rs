//! The calendar: every dated duty and deadline between two dates, as events with rule id, bearer,
//! date and a title in Chinese, Korean and English, and their iCalendar (RFC 5545) text.
//!
//! Events come from the dated duties of [`crate::duties`] (art-18.c per bearer, the end of the
//! art-02.a window per bearer, art-02.c mergers, each year's art-16.b meetings) and from the
//! **event sources** of [`EVENT_SOURCES`], for dates that are nobody's duty: the end of a
//! revoked zone's re-application ban and of its leaders' no-promotion period (art-14.f), and the
//! half-year checkpoint of art-16.b when `meetingsRequireSpread` is set.
//!
//! The land evaluations of art-11.b are a duty source (their due dates become events by
//! themselves) and the ends of art-11.e's 5-year grace periods an event source.
//!
//! [`to_ics`] writes the events as RFC 5545 text: CRLF line ends, lines folded at 75 octets
//! without splitting a UTF-8 character, all-day `VALUE=DATE` events ending the next day, TEXT
//! values escaped, a UID derived from the event (rule, kind, bearer, zone, date) so that it is
//! the same on every run, and a DTSTAMP taken from the caller's date: the core reads no clock.

use alloc::string::String;
use alloc::vec::Vec;
use chrono::{Datelike, NaiveDate};
use core::fmt::Write as _;

use crate::agencies;
use crate::answer::{Args, Value};
use crate::dates::IsoDate;
use crate::duties::{self, DutyKind, DutyStatus, Horizon};
use crate::error::Error;
use crate::messages::{render, Lang};
use crate::params::Params;
use crate::period::add_years;
use crate::register::ValidRegister;
use crate::rules::{RuleId, RULEBOOK_VERSION};

/// What the calendar is asked about.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(
    feature = "serde",
    serde(
        rename_all = "camelCase",
        deny_unknown_fields,
        expecting = "an object with `register`, `from` and `to`"
    )
)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
pub struct CalendarInput {
    /// The register.
    #[cfg_attr(feature = "wasm", tsify(type = "Register"))]
    pub register: crate::register::RegisterArg,
    /// First day (included).
    pub from: IsoDate,
    /// Last day (included).
    pub to: IsoDate,
    /// The status date of the duties, and the iCalendar DTSTAMP (the generation date); absent:
    /// `from`. The core reads no clock.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub as_of: Option<IsoDate>,
}

// Decoded field by field (`crate::by_field`), not by serde's derived visitor: the same keys,
// defaults and errors as the attributes above.
#[cfg(feature = "serde")]
crate::by_field::by_field!(CalendarInput {
    name: "CalendarInput",
    expecting: "an object with `register`, `from` and `to`",
    blank: CalendarInput {
        register: crate::register::RegisterArg::blank(),
        from: IsoDate(NaiveDate::MIN),
        to: IsoDate(NaiveDate::MIN),
        as_of: Default::default(),
    },
    fields: [
        "register" => register [required],
        "from" => from [required],
        "to" => to [required],
        "asOf" => as_of,
    ],
});

stable_enum! {
    /// What an event marks.
    EventKind {
        /// art-18.c: a bearer's implementation measures are due.
        ImplMeasuresDue = "IMPL_MEASURES_DUE" { zh: "落实措施期限", ko: "락착조치 기한", en: "implementation measures due" },
        /// art-02.a: the two-year consolidation window ends.
        WindowEnds = "WINDOW_ENDS" { zh: "整合优化期限届满", ko: "통합·최적화 기간 만료", en: "consolidation window ends" },
        /// art-02.c: a county's merger is due (the window's end).
        MergerDue = "MERGER_DUE" { zh: "合并期限", ko: "통합 기한", en: "merger due" },
        /// art-16.b: the year's meetings are due by 31 December.
        MeetingsYearEnd = "MEETINGS_YEAR_END" { zh: "年度联席工作会议期限", ko: "년도 련석사업회의 기한", en: "year's joint work meetings due" },
        /// art-16.b with `meetingsRequireSpread`: a first-half meeting is due by 30 June.
        MeetingsFirstHalfEnd = "MEETINGS_FIRST_HALF_END" { zh: "上半年联席工作会议期限", ko: "상반기 련석사업회의 기한", en: "first half-year meeting due" },
        /// art-14.f: the last day of the re-application ban.
        ReapplyBanEnds = "REAPPLY_BAN_ENDS" { zh: "不得重新申报期限届满", ko: "재신청 금지 기간 만료", en: "re-application ban ends" },
        /// art-14.f: the last day of the leaders' no-promotion period.
        NoPromotionEnds = "NO_PROMOTION_ENDS" { zh: "不得提拔期限届满", ko: "발탁 금지 기간 만료", en: "no-promotion period ends" },
        /// art-11.b: the year's full land intensive-use evaluation is due by 31 December.
        LandEvaluationFullDue = "LAND_EVALUATION_FULL_DUE" { zh: "土地集约利用全面评价期限", ko: "토지 집약리용 전면 평가 기한", en: "full land evaluation due" },
        /// art-11.b: the year's update evaluation is due by 31 December.
        LandEvaluationUpdateDue = "LAND_EVALUATION_UPDATE_DUE" { zh: "土地集约利用更新评价期限", ko: "토지 집약리용 갱신 평가 기한", en: "land evaluation update due" },
        /// art-11.e: the last day of a reuse's 5-year grace (original use and right type).
        GraceEnds = "GRACE_ENDS" { zh: "过渡期届满", ko: "과도기간 만료", en: "grace period ends" },
        /// art-14.d: a carded zone's 「限期整改」 is due (`rectificationDeadlineDays` after the results).
        RectificationDue = "RECTIFICATION_DUE" { zh: "限期整改期限", ko: "기한내 정돈 기한", en: "rectification due" },
        /// Any other dated duty (a plugged-in source without a kind of its own).
        DutyDue = "DUTY_DUE" { zh: "义务期限", ko: "의무 기한", en: "duty due" },
    }
}

impl EventKind {
    /// The title template in `lang` (placeholders filled from the event's `args`).
    #[must_use]
    pub const fn template(self, lang: Lang) -> &'static str {
        let (zh, en, ko) = match self {
            Self::ImplMeasuresDue => (
                "{bearer}制定落实措施的期限(自印发之日起{months}个月内)",
                "Implementation measures due: {bearer} ({months} months from issuance)",
                "{bearer} 락착조치 제정 기한(인쇄발행일로부터 {months}개월 내)",
            ),
            Self::WindowEnds => (
                "开发区整合优化{years}年期限届满:{bearer}",
                "The {years}-year consolidation window ends: {bearer}",
                "개발구 통합·최적화 {years}년 기간 만료: {bearer}",
            ),
            Self::MergerDue => (
                "{bearer}合并省级开发区的期限(一县一区)",
                "{bearer}: merge its provincial zones into one (one county, one zone)",
                "{bearer} 성급 개발구 통합 기한(1현1구)",
            ),
            Self::MeetingsYearEnd => (
                "{year}年领导小组至少召开{required}次联席工作会议的期限",
                "By 31 Dec {year}: at least {required} joint work meetings of the Leading Group",
                "{year}년 령도소조 련석사업회의 최소 {required}회 소집 기한",
            ),
            Self::MeetingsFirstHalfEnd => (
                "{year}年上半年至少召开1次联席工作会议的期限",
                "By 30 Jun {year}: at least 1 joint work meeting in the first half-year",
                "{year}년 상반기 련석사업회의 최소 1회 소집 기한",
            ),
            Self::ReapplyBanEnds => (
                "{zoneName}({zone}){years}年内不得重新申报的最后一天(撤销自{effective}生效)",
                "Last day of the {years}-year re-application ban of {zoneName} ({zone}), revoked from {effective}",
                "{zoneName}({zone}) {years}년 재신청 금지 기간의 마지막 날({effective} 철회 발효)",
            ),
            Self::NoPromotionEnds => (
                "{zoneName}({zone})党政主要负责人{years}年内不得提拔的最后一天(问责决定{decided})",
                "Last day of the {years}-year no-promotion period of the leaders of {zoneName} ({zone}), held accountable on {decided}",
                "{zoneName}({zone}) 당정 주요 책임자 {years}년 발탁 금지 기간의 마지막 날({decided} 문책 결정)",
            ),
            Self::LandEvaluationFullDue => (
                "{zoneName}({zone}){year}年度土地集约利用全面评价的期限(三年一次)",
                "By 31 Dec {year}: full land intensive-use evaluation of {zoneName} ({zone}) (every three years)",
                "{zoneName}({zone}) {year}년도 토지 집약리용 전면 평가 기한(3년에 1회)",
            ),
            Self::LandEvaluationUpdateDue => (
                "{zoneName}({zone}){year}年度土地集约利用更新评价的期限(一年一次)",
                "By 31 Dec {year}: update evaluation of land intensive use of {zoneName} ({zone}) (every year)",
                "{zoneName}({zone}) {year}년도 토지 집약리용 갱신 평가 기한(1년에 1회)",
            ),
            Self::GraceEnds => (
                "{zone}地块{parcel}按原用途使用土地的5年过渡期最后一天",
                "Last day of the 5-year grace for parcel {parcel} of {zone} (original use and right type)",
                "{zone} 필지 {parcel} 원용도 토지 사용 5년 과도기간의 마지막 날",
            ),
            Self::RectificationDue => (
                "{zoneName}({zone}){year}年度黄牌警告的限期整改期限",
                "Rectification due: {zoneName} ({zone}), yellow card for {year}",
                "{zoneName}({zone}) {year}년도 황패경고의 기한내 정돈 기한",
            ),
            Self::DutyDue => (
                "{rule}的期限:{bearer}",
                "{rule} due: {bearer}",
                "{rule} 기한: {bearer}",
            ),
        };
        match lang {
            Lang::Zh => zh,
            Lang::En => en,
            Lang::Ko => ko,
        }
    }
}

/// One dated event.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CalendarEvent {
    /// The rule.
    pub rule_id: RuleId,
    /// What it marks.
    pub kind: EventKind,
    /// Who bears it (a revoked zone's events: its county, or `ACT.ZONE`; a zone's own duty: the
    /// zone's id).
    pub bearer: String,
    /// The zone it concerns, if any.
    pub zone_id: Option<String>,
    /// The day (all-day event).
    pub date: NaiveDate,
    /// The duty's status on the as-of date, for events that are duties.
    pub status: Option<DutyStatus>,
    /// The facts the title names.
    pub args: Args,
    /// It rests on made-up (ILLUSTRATIVE) records of the register: its title starts with
    /// 「\[示例\]」 / 「\[실례\]」 / "\[illustrative\]".
    pub illustrative: bool,
    /// What a person must settle before the status stands (a duty's `needs_person` reasons,
    /// such as art-18.c's due day on a rest day): the same review `obligations` and the report
    /// give for the same duty. Empty for most events.
    pub review: Vec<crate::answer::Reason>,
}

/// The marker of an event, report row or line that rests on made-up records, in `lang`.
#[must_use]
pub fn illustrative_marker(lang: Lang) -> &'static str {
    crate::words::Phrase::Illustrative.label(lang)
}

impl CalendarEvent {
    /// The title in `lang`.
    #[must_use]
    pub fn title(&self, lang: Lang) -> String {
        let title = render(self.kind.template(lang), &self.args, lang);
        if self.illustrative {
            alloc::format!("{} {title}", illustrative_marker(lang))
        } else {
            title
        }
    }

    /// A UID that is the same on every run: derived from the rule, the kind, the bearer, the
    /// zone and the date (RFC 5545 §3.8.4.7 asks only for global uniqueness).
    #[must_use]
    pub fn uid(&self) -> String {
        let mut s = String::new();
        let _ = write!(
            s,
            "{}-{}-{}-{}",
            crate::dates::Basic(self.date),
            self.rule_id.as_str(),
            self.kind.as_str(),
            self.bearer.as_str()
        );
        if let Some(z) = &self.zone_id {
            s.push('-');
            s.push_str(z);
        }
        let mut uid = String::with_capacity(s.len() + 24);
        for b in s.bytes() {
            if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_') {
                uid.push(char::from(b));
            } else {
                let _ = write!(uid, "%{b:02X}");
            }
        }
        uid.push_str("@devzone-rules");
        uid
    }
}

/// An event source: adds events between two dates.
pub type EventSource = fn(
    &ValidRegister,
    (NaiveDate, NaiveDate),
    &Params,
    &mut Vec<CalendarEvent>,
) -> Result<(), Error>;

/// The event sources beside the dated duties, by rule id: dates that are nobody's duty.
pub const EVENT_SOURCES: &[(&str, EventSource)] = &[
    ("art-11.e", grace_end_events),
    ("art-14.f", revocation_events),
    ("art-16.b", half_year_events),
];

/// art-11.e: the last day of the 5-year grace of each recorded reuse of industrial property, as
/// computed by the rule (so the anchor and convention parameters apply).
///
/// # Errors
/// Never for a validated register: a reuse whose grace cannot be computed has no event.
pub fn grace_end_events(
    reg: &ValidRegister,
    (from, to): (NaiveDate, NaiveDate),
    params: &Params,
    out: &mut Vec<CalendarEvent>,
) -> Result<(), Error> {
    for reuse in &reg.industrial_reuses {
        let Ok(answer) = crate::rules::art11_land::industrial_reuse_for(
            reuse,
            from,
            Some(*reg.issue_date),
            params,
        ) else {
            continue;
        };
        let Some(date) = answer.detail.grace_end.filter(|d| *d >= from && *d <= to) else {
            continue;
        };
        let zone = reuse.zone_id.as_deref().and_then(|z| reg.zone(z));
        let bearer = zone
            .and_then(|z| z.county_id.as_deref())
            .and_then(agencies::actor)
            .map_or("AG.NATRES", |a| a.code);
        let illustrative = crate::register::is_illustrative(reuse.note.as_deref())
            || zone.is_some_and(crate::register::Zone::is_illustrative);
        let mut args = Args::new();
        args.set(
            "parcel",
            Value::text(reuse.parcel_id.as_deref().unwrap_or("—")),
        );
        args.set("zone", Value::text(reuse.zone_id.as_deref().unwrap_or("")));
        out.push(CalendarEvent {
            rule_id: RuleId::ART_11_E,
            kind: EventKind::GraceEnds,
            bearer: String::from(bearer),
            zone_id: reuse.zone_id.clone(),
            date: *date,
            status: None,
            args,
            illustrative,
            review: Vec::new(),
        });
    }
    Ok(())
}

/// art-14.f: the last day of each revoked zone's re-application ban and, with an accountability
/// decision, of its leaders' no-promotion period (「3年内」, inclusive), from `revocations`. Only a
/// revocation under art-14.f (`REVOCATION_14F`) carries them; one whose ground is not recorded is
/// shown too (art-14.f leaves it to a person); a nominal (art-02.b), merger or other revocation
/// carries neither.
///
/// # Errors
/// Never; the signature is the one of every source.
pub fn revocation_events(
    reg: &ValidRegister,
    (from, to): (NaiveDate, NaiveDate),
    params: &Params,
    out: &mut Vec<CalendarEvent>,
) -> Result<(), Error> {
    for rev in reg.revocations.iter().filter(|r| {
        matches!(
            r.kind,
            Some(crate::register::RevocationKind::Revocation14f) | None
        )
    }) {
        let zone = reg.zone(&rev.zone_id);
        let illustrative = crate::register::is_illustrative(rev.note.as_deref())
            || zone.is_some_and(crate::register::Zone::is_illustrative);
        let bearer = zone
            .and_then(|z| z.county_id.as_deref())
            .and_then(agencies::actor)
            .map_or("ACT.ZONE", |a| a.code);
        let zone_name = zone.map_or(rev.zone_id.as_str(), |z| z.name_zh.as_str());
        let mut push = |kind, date: Option<NaiveDate>, extra: (&'static str, NaiveDate), years| {
            let Some(date) = date.filter(|d| *d >= from && *d <= to) else {
                return;
            };
            let mut args = Args::new();
            args.set("zone", Value::from(rev.zone_id.clone()));
            args.set("zoneName", Value::text(zone_name));
            if let Some(ko) = zone.and_then(|z| z.name_ko.as_deref()) {
                args.set("zoneNameKo", Value::text(ko));
            }
            if let Some(en) = zone.and_then(|z| z.name_en.as_deref()) {
                args.set("zoneNameEn", Value::text(en));
            }
            args.set(extra.0, Value::from(extra.1));
            args.set("years", Value::from(years));
            out.push(CalendarEvent {
                rule_id: RuleId::ART_14_F,
                kind,
                bearer: String::from(bearer),
                zone_id: Some(rev.zone_id.clone()),
                date,
                status: None,
                args,
                illustrative,
                review: Vec::new(),
            });
        };
        push(
            EventKind::ReapplyBanEnds,
            add_years(*rev.effective_date, params.reapply_ban_years),
            ("effective", *rev.effective_date),
            params.reapply_ban_years,
        );
        if let Some(decided) = rev.accountability_decision_date {
            push(
                EventKind::NoPromotionEnds,
                add_years(*decided, params.no_promotion_years),
                ("decided", *decided),
                params.no_promotion_years,
            );
        }
    }
    Ok(())
}

/// art-16.b with `meetingsRequireSpread`: 30 June of every applicable year.
///
/// # Errors
/// Never; the signature is the one of every source.
pub fn half_year_events(
    reg: &ValidRegister,
    (from, to): (NaiveDate, NaiveDate),
    params: &Params,
    out: &mut Vec<CalendarEvent>,
) -> Result<(), Error> {
    if !params.meetings_require_spread {
        return Ok(());
    }
    let first = match params.meetings_first_year_rule {
        crate::params::FirstYearRule::FirstFullCalendarYear => {
            crate::rules::common::first_full_year(*reg.issue_date)
        }
        crate::params::FirstYearRule::IssueYear => reg.issue_date.year(),
    };
    for year in first.max(from.year())..=to.year() {
        let Some(date) = NaiveDate::from_ymd_opt(year, 6, 30).filter(|d| *d >= from && *d <= to)
        else {
            continue;
        };
        let mut args = Args::new();
        args.set("year", Value::from(year));
        out.push(CalendarEvent {
            rule_id: RuleId::ART_16_B,
            kind: EventKind::MeetingsFirstHalfEnd,
            bearer: String::from(crate::rules::art16_organisation::LEADING_GROUP),
            zone_id: None,
            date,
            status: None,
            args,
            illustrative: false,
            review: Vec::new(),
        });
    }
    Ok(())
}

fn duty_event(reg: &ValidRegister, d: &duties::Duty, params: &Params) -> Option<CalendarEvent> {
    let date = d.due?;
    // A one-off deadline not yet applicable on the status date (asked before issuance) is
    // still a dated event of the range, listed with its status, as the yearly duties of later
    // years are; a yearly duty's instance that never applies (the partial issuance year of
    // art-16.b, AMB-31) is none.
    if d.kind == DutyKind::OpenItem
        || (d.kind == DutyKind::Recurring && d.status == DutyStatus::NotYetApplicable)
    {
        return None;
    }
    let mut args = Args::new();
    args.set("bearer", Value::from(d.bearer.clone()));
    args.set("rule", Value::from(d.rule_id.as_str()));
    let kind = match d.rule_id.as_str() {
        "art-18.c" => {
            args.set("months", Value::from(params.impl_measures_months));
            EventKind::ImplMeasuresDue
        }
        "art-02.a" => {
            args.set("years", Value::from(params.consolidation_window_years));
            EventKind::WindowEnds
        }
        "art-02.c" => EventKind::MergerDue,
        "art-11.b" => {
            args.set("year", Value::from(date.year()));
            let full = d
                .reasons
                .iter()
                .any(|r| r.code == crate::messages::ReasonCode::LandEvalFullDue);
            if full {
                EventKind::LandEvaluationFullDue
            } else {
                EventKind::LandEvaluationUpdateDue
            }
        }
        "art-16.b" => {
            args.set("required", Value::from(params.meetings_min_per_year));
            args.set("year", Value::from(date.year()));
            EventKind::MeetingsYearEnd
        }
        "art-14.d" => {
            args.set("year", Value::from(d.year.unwrap_or_else(|| date.year())));
            EventKind::RectificationDue
        }
        _ => EventKind::DutyDue,
    };
    if let Some(z) = &d.zone_id {
        // The zone by its names in each language, as the other events name it (its id alone
        // read as a code in an official's calendar).
        let zone = reg.zone(z);
        args.set("zone", Value::from(z.clone()));
        args.set(
            "zoneName",
            Value::text(zone.map_or(&**z, |x| x.name_zh.as_str())),
        );
        if let Some(ko) = zone.and_then(|x| x.name_ko.as_deref()) {
            args.set("zoneNameKo", Value::text(ko));
        }
        if let Some(en) = zone.and_then(|x| x.name_en.as_deref()) {
            args.set("zoneNameEn", Value::text(en));
        }
    }
    Some(CalendarEvent {
        rule_id: d.rule_id,
        kind,
        bearer: String::from(&*d.bearer),
        zone_id: d.zone_id.as_deref().map(String::from),
        date,
        status: Some(d.status),
        args,
        illustrative: d.is_illustrative(),
        review: d.review_reasons().cloned().collect(),
    })
}

/// Every event from `from` to `to` (both included), sorted by date, rule, kind, bearer and zone;
/// the statuses of duty events are those on `as_of`.
///
/// # Errors
/// `INVALID_INPUT` at `input.to` when `to` is before `from`; the errors of the duty sources. The
/// register must be validated.
pub fn calendar(
    reg: &ValidRegister,
    (from, to): (NaiveDate, NaiveDate),
    as_of: NaiveDate,
    params: &Params,
) -> Result<Vec<CalendarEvent>, Error> {
    if to < from {
        let (t, f) = (crate::dates::Iso(to), crate::dates::Iso(from));
        return Err(Error::input(
            crate::error::Problem::Inconsistent,
            "input.to",
            text!(
                zh: "结束日 `to`({t})早于开始日 `from`({f})",
                ko: "마감일 `to`({t})가 시작일 `from`({f})보다 앞섭니다",
                en: "`to` ({t}) is before `from` ({f})"
            ),
        ));
    }
    let horizon = Horizon { as_of, until: to };
    let mut out: Vec<CalendarEvent> = duties::all_duties(reg, &horizon, params)?
        .iter()
        .filter_map(|d| duty_event(reg, d, params))
        .filter(|e| e.date >= from && e.date <= to)
        .collect();
    for (_, source) in EVENT_SOURCES {
        source(reg, (from, to), params, &mut out)?;
    }
    crate::order::sort_with(&mut out, &|a, b| {
        (a.date, a.rule_id.as_str(), a.kind, &a.bearer, &a.zone_id).cmp(&(
            b.date,
            b.rule_id.as_str(),
            b.kind,
            &b.bearer,
            &b.zone_id,
        ))
    });
    Ok(out)
}

/// Escapes an RFC 5545 TEXT value (§3.3.11): backslash, semicolon, comma and newlines.
#[must_use]
pub fn escape_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// Appends one content line, folded at 75 octets (RFC 5545 §3.1) without splitting a UTF-8
/// character, each physical line ended by CRLF.
pub fn push_folded(out: &mut String, line: &str) {
    let mut rest = line;
    let mut limit = 75;
    loop {
        if rest.len() <= limit {
            out.push_str(rest);
            out.push_str("\r\n");
            return;
        }
        let mut cut = limit;
        while cut > 0 && !rest.is_char_boundary(cut) {
            cut -= 1;
        }
        let (head, tail) = rest.split_at(cut);
        out.push_str(head);
        out.push_str("\r\n ");
        rest = tail;
        // A continuation line starts with the space, which counts toward its 75 octets.
        limit = 74;
    }
}

/// The events as an iCalendar (RFC 5545) document: one all-day VEVENT per event, titled in
/// `lang`, described in all three languages (`lang`'s first) with the citation; `dtstamp` is the generation date
/// the caller gives (written as midnight UTC), never a clock.
#[must_use]
pub fn to_ics(events: &[CalendarEvent], dtstamp: NaiveDate, lang: Lang) -> String {
    let mut out = String::with_capacity(256 + events.len() * 600);
    let mut line = |s: &str| push_folded(&mut out, s);
    line("BEGIN:VCALENDAR");
    line("VERSION:2.0");
    line(&alloc::format!(
        "PRODID:-//devzone-rules//YB-DZ-OPINIONS {RULEBOOK_VERSION}//{}",
        lang.as_str().to_ascii_uppercase()
    ));
    line("CALSCALE:GREGORIAN");
    line("METHOD:PUBLISH");
    let name = match lang {
        Lang::Zh => "开发区改革意见:义务与期限",
        Lang::En => "Development zone opinion: duties and deadlines",
        Lang::Ko => "개발구 개혁 의견: 의무와 기한",
    };
    line(&alloc::format!("X-WR-CALNAME:{}", escape_text(name)));
    let stamp = alloc::format!("{}T000000Z", crate::dates::Basic(dtstamp));
    for e in events {
        line("BEGIN:VEVENT");
        line(&alloc::format!("UID:{}", e.uid()));
        line(&alloc::format!("DTSTAMP:{stamp}"));
        line(&alloc::format!(
            "DTSTART;VALUE=DATE:{}",
            crate::dates::Basic(e.date)
        ));
        match e.date.succ_opt().filter(|d| d.year() <= 9999) {
            Some(next) => line(&alloc::format!(
                "DTEND;VALUE=DATE:{}",
                crate::dates::Basic(next)
            )),
            None => line("DURATION:P1D"),
        }
        line(&alloc::format!("SUMMARY:{}", escape_text(&e.title(lang))));
        // The reader's language first, then the other two (a Korean reader's calendar shows
        // the Korean title first, not the Chinese).
        let mut description = String::new();
        for l in core::iter::once(lang).chain(Lang::ALL.iter().copied().filter(|l| *l != lang)) {
            description.push_str(&e.title(l));
            description.push('\n');
        }
        description.push_str(&e.rule_id.citation());
        if let Some(status) = e.status {
            let _ = write!(
                description,
                "\n{}: {}",
                match lang {
                    Lang::Zh => "状态",
                    Lang::En => "Status",
                    Lang::Ko => "상태",
                },
                status.label(lang)
            );
        }
        for r in &e.review {
            let _ = write!(
                description,
                "\n{}: {}",
                crate::severity::Severity::Review.label(lang),
                r.message(lang)
            );
        }
        line(&alloc::format!("DESCRIPTION:{}", escape_text(&description)));
        line(&alloc::format!(
            "CATEGORIES:{},{}",
            escape_text(e.rule_id.as_str()),
            e.kind.as_str()
        ));
        line("TRANSP:TRANSPARENT");
        line("END:VEVENT");
    }
    line("END:VCALENDAR");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_keeps_characters_whole_and_lines_short() {
        let mut out = String::new();
        let long = String::from("SUMMARY:") + &"开发区".repeat(40);
        push_folded(&mut out, &long);
        for l in out.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(l.len() <= 75, "{} octets", l.len());
        }
        let unfolded = out.replace("\r\n ", "");
        assert_eq!(unfolded, long.clone() + "\r\n");
        let mut short = String::new();
        push_folded(&mut short, "A".repeat(75).as_str());
        assert_eq!(short, "A".repeat(75) + "\r\n");
    }

    #[test]
    fn text_is_escaped() {
        assert_eq!(escape_text("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne");
    }
}
