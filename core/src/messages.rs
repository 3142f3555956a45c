//! The message table: every reason code and outcome in Chinese, Korean and English.
//!
//! One `match` per code holds its three templates side by side, so a code without all three
//! languages does not compile. Templates name facts as `{name}`; [`render`] fills them from the
//! reason's arguments. The Korean follows the administrative vocabulary of Yanbian's bilingual
//! documents (개발구 for 开发区, 주 for 州, 현(시) for 县(市)).

use alloc::string::String;

use crate::answer::{Args, Outcome};

/// A language of the answers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
pub enum Lang {
    /// Chinese (simplified), the language of the source.
    #[default]
    Zh,
    /// English.
    En,
    /// Korean.
    Ko,
}

impl Lang {
    /// All languages, in the order zh, ko, en.
    pub const ALL: [Self; 3] = [Self::Zh, Self::Ko, Self::En];

    /// `zh`, `en` or `ko`.
    #[must_use]
    pub const fn code(self) -> &'static str {
        match self {
            Self::Zh => "zh",
            Self::En => "en",
            Self::Ko => "ko",
        }
    }

    /// Parses `zh`, `en` or `ko`.
    #[must_use]
    pub fn from_code(code: &str) -> Option<Self> {
        match code {
            "zh" => Some(Self::Zh),
            "en" => Some(Self::En),
            "ko" => Some(Self::Ko),
            _ => None,
        }
    }
}

/// Three renderings of one text.
struct Tr {
    zh: &'static str,
    en: &'static str,
    ko: &'static str,
}

impl Tr {
    const fn pick(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Zh => self.zh,
            Lang::En => self.en,
            Lang::Ko => self.ko,
        }
    }
}

macro_rules! reason_codes {
    ($( $(#[$doc:meta])* $variant:ident = $code:literal { zh: $zh:literal, en: $en:literal, ko: $ko:literal } )*) => {
        /// A stable reason code. Codes are never renamed or reused; new ones are appended.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        #[cfg_attr(feature = "serde", derive(serde::Serialize))]
        #[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
        pub enum ReasonCode {
            $( $(#[$doc])* #[cfg_attr(feature = "serde", serde(rename = $code))] $variant, )*
        }

        impl ReasonCode {
            /// Every code, in declaration order.
            pub const ALL: &'static [Self] = &[$(Self::$variant),*];

            /// The stable code string.
            #[must_use]
            pub const fn code(self) -> &'static str {
                match self { $(Self::$variant => $code,)* }
            }

            const fn tr(self) -> Tr {
                match self { $(Self::$variant => Tr { zh: $zh, en: $en, ko: $ko },)* }
            }

            /// The message template in `lang`.
            #[must_use]
            pub const fn template(self, lang: Lang) -> &'static str {
                self.tr().pick(lang)
            }
        }
    };
}

reason_codes! {
    /// art-18.c: the due date and how it was computed.
    ImplMeasuresDue = "IMPL_MEASURES_DUE" {
        zh: "落实措施应于{due}前制定(自{issueDate}印发之日起{months}个月内)",
        en: "implementation measures are due by {due} ({months} months from issuance on {issueDate})",
        ko: "실행 조치는 {due}까지 제정하여야 한다({issueDate} 인쇄·발부일로부터 {months}개월 내)"
    }
    /// art-18.c: the due day was a non-working day and rolled over.
    DueDateRolledOver = "DUE_DATE_ROLLED_OVER" {
        zh: "期限末日{unadjusted}为法定休假日,顺延至{due}",
        en: "the last day {unadjusted} is a non-working day; the period is extended to {due}",
        ko: "기한 마지막 날 {unadjusted}이 법정 휴일이므로 {due}까지 연장된다"
    }
    /// art-18.c: adopted on or before the due date.
    ImplMeasuresAdoptedOnTime = "IMPL_MEASURES_ADOPTED_ON_TIME" {
        zh: "落实措施已于{adoptedDate}制定,未超过期限{due}",
        en: "implementation measures were adopted on {adoptedDate}, on or before the due date {due}",
        ko: "실행 조치가 {adoptedDate}에 제정되어 기한 {due}을 넘기지 않았다"
    }
    /// art-18.c: adopted after the due date.
    ImplMeasuresAdoptedLate = "IMPL_MEASURES_ADOPTED_LATE" {
        zh: "落实措施于{adoptedDate}制定,超过期限{due}共{daysLate}天",
        en: "implementation measures were adopted on {adoptedDate}, {daysLate} day(s) after the due date {due}",
        ko: "실행 조치가 {adoptedDate}에 제정되어 기한 {due}을 {daysLate}일 넘겼다"
    }
    /// art-18.c: not adopted and the due date has passed.
    ImplMeasuresOverdue = "IMPL_MEASURES_OVERDUE" {
        zh: "截至{asOf}尚未制定落实措施,已超过期限{due}共{daysOverdue}天",
        en: "as of {asOf} no implementation measures have been adopted; the due date {due} passed {daysOverdue} day(s) ago",
        ko: "{asOf} 현재 실행 조치가 제정되지 않았으며 기한 {due}을 {daysOverdue}일 넘겼다"
    }
    /// art-18.c: not adopted and still within the period.
    ImplMeasuresPending = "IMPL_MEASURES_PENDING" {
        zh: "截至{asOf}尚未制定落实措施,距期限{due}还有{daysRemaining}天",
        en: "as of {asOf} no implementation measures have been adopted; {daysRemaining} day(s) remain until the due date {due}",
        ko: "{asOf} 현재 실행 조치가 제정되지 않았으며 기한 {due}까지 {daysRemaining}일 남았다"
    }
    /// An adoption or meeting dated after the as-of date is not yet known on that date.
    EventAfterAsOf = "EVENT_AFTER_AS_OF" {
        zh: "{date}的记录晚于评估日{asOf},不计入",
        en: "the record dated {date} is after the as-of date {asOf} and is not counted",
        ko: "{date}자 기록은 평가 기준일 {asOf} 이후이므로 산입하지 않는다"
    }
    /// art-16.b: the year is before the first year the duty applies to.
    MeetingsNotYetApplicable = "MEETINGS_NOT_YET_APPLICABLE" {
        zh: "{year}年早于首个适用年度{firstYear}年(印发后的第一个完整日历年度),该义务尚不适用",
        en: "{year} is before {firstYear}, the first year the duty applies to (the first full calendar year after issuance)",
        ko: "{year}년은 최초 적용 연도 {firstYear}년(인쇄·발부 후 첫 번째 완전한 역년) 이전이므로 이 의무는 아직 적용되지 않는다"
    }
    /// art-16.b: the yearly minimum is met.
    MeetingsCountMet = "MEETINGS_COUNT_MET" {
        zh: "{year}年领导小组召开联席工作会议{count}次,达到至少{required}次的要求",
        en: "the leading group held {count} joint work meeting(s) in {year}; at least {required} are required",
        ko: "{year}년 영도소조가 연석업무회의를 {count}회 소집하여 최소 {required}회 요구를 충족하였다"
    }
    /// art-16.b: fewer meetings than the yearly minimum.
    MeetingsCountShort = "MEETINGS_COUNT_SHORT" {
        zh: "{year}年领导小组仅召开联席工作会议{count}次,少于至少{required}次的要求",
        en: "the leading group held only {count} joint work meeting(s) in {year}; at least {required} are required",
        ko: "{year}년 영도소조가 연석업무회의를 {count}회만 소집하여 최소 {required}회 요구에 미달하였다"
    }
    /// art-16.b: the year is still running and the minimum is not met yet.
    MeetingsYearInProgress = "MEETINGS_YEAR_IN_PROGRESS" {
        zh: "截至{asOf},{year}年尚未结束,已召开{count}次,还需{missing}次",
        en: "as of {asOf} the year {year} is not over: {count} meeting(s) held, {missing} more needed",
        ko: "{asOf} 현재 {year}년이 끝나지 않았다: {count}회 소집, {missing}회 더 필요"
    }
    /// art-16.b: meetings must fall in both half-years and the first half has none.
    MeetingsNoneInFirstHalf = "MEETINGS_NONE_IN_FIRST_HALF" {
        zh: "{year}年上半年未召开联席工作会议,而参数要求上下半年各至少一次",
        en: "no joint work meeting in the first half of {year}, and the parameters require one in each half-year",
        ko: "{year}년 상반기에 연석업무회의가 없으나 매개변수는 상·하반기 각 1회 이상을 요구한다"
    }
    /// art-16.b: meetings must fall in both half-years and the second half has none.
    MeetingsNoneInSecondHalf = "MEETINGS_NONE_IN_SECOND_HALF" {
        zh: "{year}年下半年未召开联席工作会议,而参数要求上下半年各至少一次",
        en: "no joint work meeting in the second half of {year}, and the parameters require one in each half-year",
        ko: "{year}년 하반기에 연석업무회의가 없으나 매개변수는 상·하반기 각 1회 이상을 요구한다"
    }
    /// art-16.b: a meeting not convened by the leading group.
    MeetingExcludedConvener = "MEETING_EXCLUDED_CONVENER" {
        zh: "{date}的会议由{convenedBy}召开,不是领导小组召开的会议,不计入",
        en: "the meeting on {date} was convened by {convenedBy}, not by the leading group, and is not counted",
        ko: "{date} 회의는 영도소조가 아닌 {convenedBy}이(가) 소집하였으므로 산입하지 않는다"
    }
    /// art-16.b: a meeting that is not a joint work meeting.
    MeetingExcludedKind = "MEETING_EXCLUDED_KIND" {
        zh: "{date}的会议不是联席工作会议,不计入",
        en: "the meeting on {date} is not a joint work meeting and is not counted",
        ko: "{date} 회의는 연석업무회의가 아니므로 산입하지 않는다"
    }
}

/// The outcome in `lang`.
#[must_use]
pub const fn outcome_label(o: Outcome, lang: Lang) -> &'static str {
    let t = match o {
        Outcome::MetOnTime => Tr { zh: "按期完成", en: "met on time", ko: "기한 내 완료" },
        Outcome::MetLate => Tr { zh: "逾期完成", en: "met late", ko: "기한 경과 후 완료" },
        Outcome::Overdue => Tr { zh: "逾期未完成", en: "overdue", ko: "기한 경과 미완료" },
        Outcome::Pending => Tr { zh: "未到期", en: "pending", ko: "기한 미도래" },
        Outcome::Compliant => Tr { zh: "符合要求", en: "compliant", ko: "요구 충족" },
        Outcome::NonCompliant => Tr { zh: "不符合要求", en: "not compliant", ko: "요구 미충족" },
        Outcome::NotYetApplicable => Tr { zh: "尚不适用", en: "not yet applicable", ko: "아직 적용되지 않음" },
        Outcome::NeedsHuman => Tr { zh: "需人工判断", en: "needs human review", ko: "인적 검토 필요" },
        Outcome::Unknown => Tr { zh: "无信息", en: "no information", ko: "정보 없음" },
        Outcome::Open => Tr { zh: "期限内", en: "open", ko: "기간 중" },
        Outcome::Closed => Tr { zh: "已届满", en: "closed", ko: "기간 만료" },
        Outcome::MergeRequired => Tr { zh: "须整合", en: "merge required", ko: "통합 필요" },
        Outcome::MergeOverdue => Tr { zh: "整合逾期", en: "merge overdue", ko: "통합 기한 경과" },
        Outcome::Eligible => Tr { zh: "符合条件", en: "eligible", ko: "조건 충족" },
        Outcome::NotEligible => Tr { zh: "不符合条件", en: "not eligible", ko: "조건 미충족" },
        Outcome::Valid => Tr { zh: "符合规定", en: "valid", ko: "규정 부합" },
        Outcome::Invalid => Tr { zh: "不符合规定", en: "invalid", ko: "규정 위반" },
        Outcome::NotApplicable => Tr { zh: "不适用", en: "not applicable", ko: "적용되지 않음" },
        Outcome::Dispatched => Tr { zh: "派出机构", en: "dispatched agency", ko: "파출기구" },
        Outcome::NotDispatched => Tr { zh: "非派出机构", en: "not a dispatched agency", ko: "파출기구 아님" },
        Outcome::Triggered => Tr { zh: "触发", en: "triggered", ko: "발동" },
        Outcome::NotTriggered => Tr { zh: "未触发", en: "not triggered", ko: "발동되지 않음" },
        Outcome::Disqualified => Tr { zh: "取消当年资格", en: "disqualified for the year", ko: "당해 연도 자격 취소" },
        Outcome::NotDisqualified => Tr { zh: "未取消资格", en: "not disqualified", ko: "자격 유지" },
        Outcome::Revoke => Tr { zh: "予以撤销", en: "to be revoked", ko: "철회 대상" },
        Outcome::Keep => Tr { zh: "保留", en: "kept", ko: "유지" },
        Outcome::InScope => Tr { zh: "属于开发区", en: "in scope", ko: "개발구에 해당" },
        Outcome::OutOfScope => Tr { zh: "不属于开发区", en: "out of scope", ko: "개발구에 해당하지 않음" },
        Outcome::Summary => Tr { zh: "综合结论", en: "summary", ko: "종합 결론" },
    };
    t.pick(lang)
}

/// Fills `{name}` placeholders from `args`. An unknown name is left as written, so a missing fact
/// is visible rather than silently dropped.
#[must_use]
pub fn render(template: &str, args: &Args) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let (before, after) = rest.split_at(open);
        out.push_str(before);
        match after.find('}') {
            Some(close) => {
                let name = after.get(1..close).unwrap_or_default();
                match args.get(name) {
                    Some(v) => {
                        use core::fmt::Write;
                        let _ = write!(out, "{v}");
                    }
                    None => out.push_str(after.get(..=close).unwrap_or_default()),
                }
                rest = after.get(close + 1..).unwrap_or_default();
            }
            None => {
                out.push_str(after);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::vec::Vec;

    #[test]
    fn every_code_has_three_languages_with_the_same_placeholders() {
        fn names(t: &str) -> Vec<&str> {
            let mut v: Vec<&str> = t
                .split('{')
                .skip(1)
                .filter_map(|s| s.split('}').next())
                .collect();
            v.sort_unstable();
            v
        }
        for code in ReasonCode::ALL {
            let zh = code.template(Lang::Zh);
            for lang in Lang::ALL {
                let t = code.template(lang);
                assert!(!t.trim().is_empty(), "{} has no {} text", code.code(), lang.code());
                assert_eq!(names(t), names(zh), "{} {}", code.code(), lang.code());
            }
        }
        for o in Outcome::ALL {
            for lang in Lang::ALL {
                assert!(!outcome_label(o, lang).is_empty());
            }
        }
    }

    #[test]
    fn codes_are_unique_screaming_snake() {
        let mut seen = alloc::collections::BTreeSet::new();
        for c in ReasonCode::ALL {
            assert!(seen.insert(c.code()), "duplicate {}", c.code());
            assert!(c.code().chars().all(|ch| ch.is_ascii_uppercase() || ch == '_'));
        }
    }

    #[test]
    fn render_fills_and_keeps_unknown() {
        let mut a = Args::new();
        a.insert("due", "2019-12-01".into());
        assert_eq!(render("by {due} {x}", &a), "by 2019-12-01 {x}");
        assert_eq!(render("open { brace", &a), "open { brace");
    }
}
