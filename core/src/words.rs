//! The one home of the SDK's words: the languages, a text in the three of them ([`Label`]), the
//! trait every stable-name enum implements ([`Stable`], declared with `stable_enum!`), the
//! Korean particles chosen by the final sound of a filled-in value ([`particle`]), and the fixed
//! phrases of the text renderer ([`Phrase`]).
//!
//! Korean follows the Yanbian standard of `docs/glossary.md`: one term per concept.

use core::fmt;

stable_enum! {
    /// A language of the answers.
    #[derive(Default)]
    Lang {
        /// Chinese (simplified), the language of the source.
        #[default]
        Zh = "zh" { zh: "中文", ko: "중문", en: "Chinese" },
        /// English.
        En = "en" { zh: "英文", ko: "영문", en: "English" },
        /// Korean (the Yanbian standard).
        Ko = "ko" { zh: "朝鲜语", ko: "조선어", en: "Korean" },
    }
}

/// One text in the three languages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Label {
    /// Chinese.
    pub zh: &'static str,
    /// Korean.
    pub ko: &'static str,
    /// English.
    pub en: &'static str,
}

/// Whether a text has a character other than white space (for the compile-time check of every
/// `stable_enum!`).
pub(crate) const fn has_text(s: &str) -> bool {
    let mut b = s.as_bytes();
    while let [first, rest @ ..] = b {
        if !first.is_ascii_whitespace() {
            return true;
        }
        b = rest;
    }
    false
}

/// `a == b`, in a constant (for the compile-time checks here and of the registry).
pub(crate) const fn same(a: &str, b: &str) -> bool {
    let (mut a, mut b) = (a.as_bytes(), b.as_bytes());
    loop {
        match (a, b) {
            ([], []) => return true,
            ([x, ra @ ..], [y, rb @ ..]) if *x == *y => {
                a = ra;
                b = rb;
            }
            _ => return false,
        }
    }
}

/// Whether `name` is one of `names`.
const fn contains(names: &[&str], name: &str) -> bool {
    let mut names = names;
    while let [first, rest @ ..] = names {
        if same(first, name) {
            return true;
        }
        names = rest;
    }
    false
}

/// Checked at compile time for every `stable_enum!`: as many labels as names, no name twice,
/// and every label has text in every language. A table that fails does not compile.
#[must_use]
pub const fn table_is_sound(names: &[&str], labels: &[Label]) -> bool {
    if names.len() != labels.len() {
        return false;
    }
    let (mut names, mut labels) = (names, labels);
    while let ([name, rest_n @ ..], [label, rest_l @ ..]) = (names, labels) {
        if !has_text(name)
            || !has_text(label.zh)
            || !has_text(label.ko)
            || !has_text(label.en)
            || contains(rest_n, name)
        {
            return false;
        }
        names = rest_n;
        labels = rest_l;
    }
    true
}

impl Label {
    /// The text in `lang`.
    #[must_use]
    pub const fn pick(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Zh => self.zh,
            Lang::Ko => self.ko,
            Lang::En => self.en,
        }
    }
}

/// A name that is not one of an enum's stable names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct UnknownName {
    /// The enum's names, for the message.
    pub expected: &'static [&'static str],
}

impl fmt::Display for UnknownName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("expected one of ")?;
        for (i, name) in self.expected.iter().enumerate() {
            if i > 0 {
                f.write_str(", ")?;
            }
            write!(f, "`{name}`")?;
        }
        Ok(())
    }
}

impl core::error::Error for UnknownName {}

/// The stable names of an enum and their labels, in declaration order: data only, so the
/// lookups below are one function for every enum.
#[derive(Clone, Copy, Debug)]
pub struct Table {
    /// The stable names.
    pub names: &'static [&'static str],
    /// Their labels.
    pub labels: &'static [Label],
}

impl Table {
    /// See [`table_is_sound`].
    #[must_use]
    pub const fn is_sound(&self) -> bool {
        table_is_sound(self.names, self.labels)
    }

    /// The position of `name`.
    #[must_use]
    pub fn position(&self, name: &str) -> Option<usize> {
        self.names.iter().position(|n| *n == name)
    }

    /// The label at `index` (empty texts for an index beyond the table, which `stable_enum!`
    /// never asks for).
    #[must_use]
    pub fn label(&self, index: usize) -> Label {
        self.labels.get(index).copied().unwrap_or(Label {
            zh: "",
            ko: "",
            en: "",
        })
    }

    /// The label in `lang` of the value named `name`, if it is one.
    #[must_use]
    pub fn label_of(&self, name: &str, lang: Lang) -> Option<&'static str> {
        self.position(name).map(|i| self.label(i).pick(lang))
    }
}

/// An enum with stable names and a label in each language, declared with `stable_enum!`: the
/// serde names, `as_str`, `FromStr`, `Display`, the TypeScript union and the labels all come
/// from its one declaration.
pub trait Stable: Copy + Sized + 'static {
    /// Every value, in declaration order.
    const ALL: &'static [Self];
    /// The enum's name (its TypeScript name).
    const TYPE_NAME: &'static str;
    /// Its names and labels.
    const TABLE: Table;
    /// The stable name.
    fn name(self) -> &'static str;
    /// The position in declaration order.
    fn index(self) -> usize;

    /// The label in the three languages.
    fn labels(self) -> Label {
        Self::TABLE.label(self.index())
    }

    /// The value with stable name `name`.
    ///
    /// # Errors
    /// [`UnknownName`] listing the names when `name` is none of them.
    fn parse_name(name: &str) -> Result<Self, UnknownName> {
        Self::TABLE
            .position(name)
            .and_then(|i| Self::ALL.get(i).copied())
            .ok_or(UnknownName {
                expected: Self::TABLE.names,
            })
    }
}

/// The label in `lang` of the value of `E` named `name`, if it is one.
#[must_use]
pub fn label_of<E: Stable>(name: &str, lang: Lang) -> Option<&'static str> {
    E::TABLE.label_of(name, lang)
}

/// Deserialising a stable name: one visitor for every enum, so that each enum costs a table,
/// not code. The errors are serde's own (`unknown variant `X`, expected one of …`).
#[cfg(feature = "serde")]
pub mod de {
    use core::fmt;
    use serde::de::{self, DeserializeSeed, EnumAccess, VariantAccess, Visitor};

    struct Enum {
        type_name: &'static str,
        names: &'static [&'static str],
    }

    impl<'de> Visitor<'de> for Enum {
        type Value = usize;
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            write!(f, "enum {}", self.type_name)
        }
        fn visit_enum<A: EnumAccess<'de>>(self, data: A) -> Result<usize, A::Error> {
            let (i, variant) = data.variant_seed(Ident(self.names))?;
            variant.unit_variant()?;
            Ok(i)
        }
    }

    struct Ident(&'static [&'static str]);

    impl<'de> DeserializeSeed<'de> for Ident {
        type Value = usize;
        fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<usize, D::Error> {
            d.deserialize_identifier(self)
        }
    }

    impl<'de> Visitor<'de> for Ident {
        type Value = usize;
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("variant identifier")
        }
        fn visit_str<E: de::Error>(self, v: &str) -> Result<usize, E> {
            self.0
                .iter()
                .position(|n| *n == v)
                .ok_or_else(|| E::unknown_variant(v, self.0))
        }
    }

    /// The position in `names` of the stable name `deserializer` holds.
    ///
    /// # Errors
    /// The deserializer's error for anything but one of `names`.
    pub fn index<'de, D: de::Deserializer<'de>>(
        deserializer: D,
        type_name: &'static str,
        names: &'static [&'static str],
    ) -> Result<usize, D::Error> {
        deserializer.deserialize_enum(type_name, names, Enum { type_name, names })
    }
}

/// A Korean particle whose form depends on the final sound of the word before it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Particle {
    /// 은 / 는 (topic).
    EunNeun,
    /// 이 / 가 (subject).
    IGa,
    /// 을 / 를 (object).
    EulReul,
    /// 과 / 와 (and, with).
    GwaWa,
    /// 으로 / 로 (to, as; ㄹ counts as a vowel).
    EuroRo,
}

impl Particle {
    /// The particle as written in a template after `|`: its form after a final consonant.
    #[must_use]
    pub fn from_marker(marker: &str) -> Option<Self> {
        match marker {
            "은" => Some(Self::EunNeun),
            "이" => Some(Self::IGa),
            "을" => Some(Self::EulReul),
            "과" => Some(Self::GwaWa),
            "으로" => Some(Self::EuroRo),
            _ => None,
        }
    }

    /// (after a final consonant, after a vowel, when the sound is unknown). The last form is a
    /// fallback for a value whose reading is unknown (a Chinese name); templates are worded so
    /// that it is not needed (`docs/glossary.md`, "Particles").
    const fn forms(self) -> (&'static str, &'static str, &'static str) {
        match self {
            Self::EunNeun => ("은", "는", "은(는)"),  // glossary: allow
            Self::IGa => ("이", "가", "이(가)"),      // glossary: allow
            Self::EulReul => ("을", "를", "을(를)"),  // glossary: allow
            Self::GwaWa => ("과", "와", "과(와)"),    // glossary: allow
            Self::EuroRo => ("으로", "로", "(으)로"), // glossary: allow
        }
    }
}

/// How a written word ends when read aloud in Korean.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Ending {
    /// A vowel.
    Vowel,
    /// The final consonant ㄹ.
    Rieul,
    /// Another final consonant.
    Consonant,
}

/// How `word` ends when read: a Hangul syllable by its final consonant; a digit by its
/// Sino-Korean reading (the number's last spoken syllable: 10 십, 100 백, 1000 천, 10000 만); a
/// Latin letter by its English name (L, M, N, R end in a consonant). `None` when the reading is
/// not fixed (Chinese characters, punctuation, an empty value).
/// The Sino-Korean final sound of the characters Chinese names of zones, places and bodies end
/// in (the reading in brackets).
const HANJA_ENDINGS: &[(char, Ending)] = &[
    ('区', Ending::Vowel),     // 구
    ('园', Ending::Consonant), // 원
    ('县', Ending::Consonant), // 현
    ('市', Ending::Vowel),     // 시
    ('州', Ending::Vowel),     // 주
    ('局', Ending::Consonant), // 국
    ('委', Ending::Vowel),     // 위
    ('府', Ending::Vowel),     // 부
    ('部', Ending::Vowel),     // 부
    ('组', Ending::Vowel),     // 조
    ('会', Ending::Vowel),     // 회
    ('室', Ending::Rieul),     // 실
    ('厅', Ending::Consonant), // 청
    ('镇', Ending::Consonant), // 진
    ('乡', Ending::Consonant), // 향
    ('省', Ending::Consonant), // 성
    ('国', Ending::Consonant), // 국
    ('院', Ending::Consonant), // 원
    ('所', Ending::Vowel),     // 소
    ('港', Ending::Consonant), // 항
    ('城', Ending::Consonant), // 성
];

fn ending(word: &str) -> Option<Ending> {
    let word = word.trim_end();
    // A gloss in parentheses after the word (`도문경제개발구(TM-EDZ)`) is not spoken before the
    // particle: the particle agrees with the word before it.
    if let Some(before) = word
        .strip_suffix(')')
        .and_then(|w| w.rfind('(').map(|i| w.get(..i)))
    {
        if let Some(before) = before.filter(|b| !b.trim().is_empty()) {
            return ending(before);
        }
    }
    let last = word.chars().last()?;
    // A Chinese name read in Korean: the Sino-Korean reading of its last character, for the
    // characters names of zones, places and bodies end in (区 구, 园 원, 县 현, 市 시, …).
    if let Some((_, e)) = HANJA_ENDINGS.iter().find(|(c, _)| *c == last) {
        return Some(*e);
    }
    if ('가'..='힣').contains(&last) {
        let final_consonant = (u32::from(last) - u32::from('가')) % 28;
        return Some(match final_consonant {
            0 => Ending::Vowel,
            8 => Ending::Rieul,
            _ => Ending::Consonant,
        });
    }
    if last.is_ascii_digit() {
        // The last spoken syllable: the last non-zero digit, and the place of the zeros after it.
        let digits: alloc::vec::Vec<char> = word
            .trim_end()
            .chars()
            .rev()
            .take_while(char::is_ascii_digit)
            .collect();
        let zeros = digits.iter().take_while(|c| **c == '0').count();
        if zeros == digits.len() {
            return Some(Ending::Consonant); // 령
        }
        return Some(match zeros {
            0 => match digits.first() {
                Some('1' | '7' | '8') => Ending::Rieul,       // 일, 칠, 팔
                Some('2' | '4' | '5' | '9') => Ending::Vowel, // 이, 사, 오, 구
                _ => Ending::Consonant,                       // 삼, 륙
            },
            // 십, 백, 천, 만 (and above: 십만, 백만, 천만 …)
            _ => Ending::Consonant,
        });
    }
    if last.is_ascii_alphabetic() {
        return Some(match last.to_ascii_uppercase() {
            'L' => Ending::Rieul,
            'M' | 'N' | 'R' => Ending::Consonant,
            _ => Ending::Vowel,
        });
    }
    None
}

/// The form of `particle` that agrees with the final sound of `word` (e.g. `기한` + 을/를 → `을`,
/// `2019-12-02` → `를`); both forms (`을(를)`) when the reading is not fixed.
#[must_use]
pub fn particle(word: &str, particle: Particle) -> &'static str {
    let (consonant, vowel, unknown) = particle.forms();
    match (ending(word), particle) {
        (None, _) => unknown,
        (Some(Ending::Vowel), _) | (Some(Ending::Rieul), Particle::EuroRo) => vowel,
        (Some(Ending::Rieul | Ending::Consonant), _) => consonant,
    }
}

stable_enum! {
    /// The fixed phrases of the text renderer ([`crate::text`]) and of any front end that shows
    /// answers (section titles, yes/no, the marker of made-up records, …). A phrase with `{name}`
    /// is a template filled by the renderer.
    Phrase {
        /// The phrase `REASONS`.
        Reasons = "REASONS" { zh: "理由", ko: "근거", en: "Reasons" },
        /// The phrase `NEEDS_HUMAN`.
        NeedsHuman = "NEEDS_HUMAN" { zh: "需人工判断", ko: "사람의 판단 필요", en: "Needs human review" },
        /// The phrase `DETAILS`.
        Details = "DETAILS" { zh: "详情", ko: "세부 사항", en: "Details" },
        /// The phrase `CLAUSE`.
        Clause = "CLAUSE" { zh: "条款", ko: "조항", en: "Clause" },
        /// The phrase `ORIGINAL`.
        Original = "ORIGINAL" { zh: "原文", ko: "원문(중문)", en: "Original (zh)" },
        /// The phrase `RENDERING`.
        Rendering = "RENDERING" { zh: "译文", ko: "조선어 번역", en: "English rendering" },
        /// The phrase `PARAMS_USED`.
        ParamsUsed = "PARAMS_USED" { zh: "所用参数", ko: "사용된 매개변수", en: "Parameters used" },
        /// The phrase `AMBIGUITIES`.
        Ambiguities = "AMBIGUITIES" { zh: "所依据的歧义登记条目", ko: "의거한 모호성 등록 항목", en: "Ambiguity register entries relied on" },
        /// The phrase `AMB_REGISTER_TITLE`: the heading of the ambiguity register.
        AmbRegisterTitle = "AMB_REGISTER_TITLE" { zh: "原文未明之处(歧义登记)", ko: "원문이 불명확한 점(모호성 등록)", en: "Open questions of the text (ambiguity register)" },
        /// The phrase `AMB_COUNT`.
        AmbCount = "AMB_COUNT" { zh: "共 {n} 条", ko: "{n}개 항목", en: "{n} entries" },
        /// The phrase `AMB_QUESTION`: what the text leaves open.
        AmbQuestion = "AMB_QUESTION" { zh: "问题", ko: "문제", en: "Question" },
        /// The phrase `AMB_READING`: the reading the SDK applies.
        AmbReading = "AMB_READING" { zh: "本SDK的理解", ko: "이 SDK의 해석", en: "Reading applied" },
        /// The phrase `AMB_ALTERNATIVES`.
        AmbAlternatives = "AMB_ALTERNATIVES" { zh: "其他理解", ko: "다른 해석", en: "Alternatives" },
        /// The phrase `AMB_WHY`.
        AmbWhy = "AMB_WHY" { zh: "理由", ko: "근거", en: "Why" },
        /// The phrase `AMB_RULES`: the rules an entry concerns.
        AmbRules = "AMB_RULES" { zh: "涉及规则", ko: "관련 규칙", en: "Rules concerned" },
        /// The phrase `AMB_PARAMS`: the parameters that choose the reading.
        AmbParams = "AMB_PARAMS" { zh: "决定理解的参数", ko: "해석을 정하는 매개변수", en: "Parameters that choose the reading" },
        /// The phrase `AMB_DEPARTS`: the reading differs from the specification's proposed default.
        AmbDeparts = "AMB_DEPARTS" { zh: "此理解不同于规格说明建议的默认理解(后者列于其他理解)", ko: "이 해석은 명세서가 제안한 기본 해석과 다르다(그 기본 해석은 다른 해석에 있다)", en: "This reading differs from the default the specification proposed (listed under the alternatives)" },
        /// The phrase `RULEBOOK_VERSION`.
        RulebookVersion = "RULEBOOK_VERSION" { zh: "规则库版本", ko: "규칙집 버전", en: "Rulebook version" },
        /// The phrase `SOURCE_SHA256`.
        SourceSha256 = "SOURCE_SHA256" { zh: "原文 SHA-256", ko: "원문 SHA-256", en: "Source SHA-256" },
        /// The phrase `CITATION`.
        Citation = "CITATION" { zh: "引用", ko: "인용", en: "Citation" },
        /// The phrase `YES`.
        Yes = "YES" { zh: "是", ko: "예", en: "yes" },
        /// The phrase `NO`.
        No = "NO" { zh: "否", ko: "아니요", en: "no" },
        /// The phrase `NONE`.
        None = "NONE" { zh: "无", ko: "없음", en: "none" },
        /// The phrase `NOT_RECORDED`.
        NotRecorded = "NOT_RECORDED" { zh: "未记录", ko: "기록 없음", en: "not recorded" },
        /// The phrase `ILLUSTRATIVE`.
        Illustrative = "ILLUSTRATIVE" { zh: "[示例]", ko: "[실례]", en: "[illustrative]" },
        /// The phrase `COUNTED`.
        Counted = "COUNTED" { zh: "计入", ko: "산입", en: "counted" },
        /// The phrase `NOT_COUNTED`.
        NotCounted = "NOT_COUNTED" { zh: "不计入", ko: "불산입", en: "not counted" },
        /// The phrase `RANK_OF`.
        RankOf = "RANK_OF" { zh: "第{rank}名(共{n}个)", ko: "{n}개 중 {rank}위", en: "rank {rank} of {n}" },
        /// The phrase `RANK`.
        Rank = "RANK" { zh: "第{rank}名", ko: "{rank}위", en: "rank {rank}" },
        /// The phrase `YEAR_OF`.
        YearOf = "YEAR_OF" { zh: "{year}年", ko: "{year}년", en: "{year}" },
        /// The phrase `YUAN`.
        Yuan = "YUAN" { zh: "{amount}元", ko: "{amount}원", en: "{amount} yuan" },
        /// The phrase `OUTCOME`.
        Outcome = "OUTCOME" { zh: "结论", ko: "결과", en: "Outcome" },
        /// The phrase `SEVERITY`.
        Severity = "SEVERITY" { zh: "严重程度", ko: "심각도", en: "Severity" },
        /// The phrase `AS_OF`.
        AsOf = "AS_OF" { zh: "截至", ko: "기준일", en: "as of" },
        /// The phrase `ASSESSMENT_YEAR`.
        AssessmentYear = "ASSESSMENT_YEAR" { zh: "最近已公布考评年度", ko: "결과가 공포된 최근 심사평가 년도", en: "Latest assessment year with results out" },
        /// The phrase `THIS_YEAR`.
        ThisYear = "THIS_YEAR" { zh: "{year}年本意见对下列事项的规定", ko: "{year}년 각 사항에 대한 본 의견의 규정", en: "What this opinion says of each action in {year}" },
        /// The phrase `ACTION`.
        Action = "ACTION" { zh: "事项", ko: "사항", en: "Action" },
        /// The phrase `UNDER_THIS_OPINION`.
        UnderThisOpinion = "UNDER_THIS_OPINION" { zh: "本意见的规定", ko: "본 의견의 규정", en: "Under this opinion" },
        /// The phrase `DECIDED_BY`.
        DecidedBy = "DECIDED_BY" { zh: "决定依据", ko: "결정 근거", en: "Decided by" },
        /// The phrase `REGISTER_STATUS`.
        RegisterStatus = "REGISTER_STATUS" { zh: "登记状态", ko: "등록 상태", en: "status in the register" },
        /// The phrase `FINDINGS`.
        Findings = "FINDINGS" { zh: "各项认定", ko: "판정 결과", en: "Findings" },
        /// The phrase `REPORT_TITLE`.
        ReportTitle = "REPORT_TITLE" { zh: "开发区改革意见合规报告", ko: "개발구 개혁 의견 준수 보고서", en: "Compliance report: development-zone opinion" },
        /// The phrase `ISSUED`.
        Issued = "ISSUED" { zh: "印发日期", ko: "인쇄발행일", en: "issued" },
        /// The phrase `TOTAL`.
        Total = "TOTAL" { zh: "合计", ko: "합계", en: "Total" },
        /// The phrase `BY_ZONE`.
        ByZone = "BY_ZONE" { zh: "按开发区", ko: "개발구별", en: "By zone" },
        /// The phrase `BY_COUNTY`.
        ByCounty = "BY_COUNTY" { zh: "按县(市)", ko: "현(시)별", en: "By county (city)" },
        /// The phrase `BY_AGENCY`.
        ByAgency = "BY_AGENCY" { zh: "按承担者", ko: "담당 주체별", en: "By agency" },
        /// The phrase `INFO_HIDDEN`.
        InfoHidden = "INFO_HIDDEN" { zh: "信息类结果仅计数;--all 显示全部,--json 输出全部数据", ko: "정보 항목은 개수만 표시한다. --all은 모두 표시하고 --json은 전체 자료를 출력한다", en: "information findings are counted only; --all shows them, --json gives everything" },
        /// The phrase `DUE`.
        Due = "DUE" { zh: "期限", ko: "기한", en: "due" },
        /// The phrase `DONE`.
        Done = "DONE" { zh: "完成日期", ko: "완료일", en: "done" },
        /// The phrase `OVERDUE_NOW`.
        OverdueNow = "OVERDUE_NOW" { zh: "逾期", ko: "기한 경과", en: "Overdue" },
        /// The phrase `DUE_SOON`.
        DueSoon = "DUE_SOON" { zh: "今后{n}天内到期", ko: "향후 {n}일 내 기한 도래", en: "Due in the next {n} days" },
        /// The phrase `ALL_DUTIES`.
        AllDuties = "ALL_DUTIES" { zh: "全部义务", ko: "전체 의무", en: "All duties" },
        /// The phrase `PRESUMED_LEAD_NOTE`.
        PresumedLeadNote = "PRESUMED_LEAD_NOTE" { zh: "推定牵头(AMB-29,惯例,非法律认定)", ko: "추정 주관(AMB-29: 관례이며 법적 판정이 아님)", en: "presumed lead (AMB-29: a convention, not a legal finding)" },
        /// The phrase `OF_WHICH_ILLUSTRATIVE`.
        OfWhichIllustrative = "OF_WHICH_ILLUSTRATIVE" { zh: "其中依据示例记录{n}项", ko: "그중 실례 기록 근거 {n}건", en: "{n} illustrative" },
        /// The phrase `CALENDAR_TITLE`.
        CalendarTitle = "CALENDAR_TITLE" { zh: "期限日历", ko: "기한 일정표", en: "Calendar of duties and deadlines" },
        /// The phrase `EVENTS`.
        Events = "EVENTS" { zh: "{n}项", ko: "{n}건", en: "{n} events" },
        /// The phrase `NO_EVENTS`.
        NoEvents = "NO_EVENTS" { zh: "此期间没有期限", ko: "이 기간에 기한이 없다", en: "no deadlines in this period" },
        /// The phrase `FEE_TITLE`.
        FeeTitle = "FEE_TITLE" { zh: "建设项目收费计算", ko: "건설 대상 비용 산정", en: "Fee calculation" },
        /// The phrase `LINE_BY_LINE`.
        LineByLine = "LINE_BY_LINE" { zh: "逐项", ko: "항목별", en: "Line by line" },
        /// The phrase `SUBTOTALS`.
        Subtotals = "SUBTOTALS" { zh: "小计", ko: "소계", en: "Subtotals" },
        /// The phrase `BASE`.
        Base = "BASE" { zh: "基数", ko: "기준액", en: "base" },
        /// The phrase `RELIEF`.
        Relief = "RELIEF" { zh: "减免", ko: "감면", en: "relief" },
        /// The phrase `PAYABLE`.
        Payable = "PAYABLE" { zh: "应缴", ko: "납부액", en: "payable" },
        /// The phrase `RESPONSIBLE_UNITS`.
        ResponsibleUnits = "RESPONSIBLE_UNITS" { zh: "责任单位", ko: "책임단위", en: "Responsible units" },
        /// The phrase `BEARERS`.
        Bearers = "BEARERS" { zh: "承担者", ko: "담당 주체", en: "Bearers" },
        /// The phrase `EVALUATION_NOTE`.
        EvaluationNote = "EVALUATION_NOTE" { zh: "说明", ko: "설명", en: "Note" },
        /// The phrase `PREAMBLE`.
        Preamble = "PREAMBLE" { zh: "序言与总体要求", ko: "서문 및 총체적 요구", en: "Preamble and general requirements" },
        /// The phrase `RULE_COUNT`.
        RuleCount = "RULE_COUNT" { zh: "共 {n} 条规则", ko: "규칙 {n}개", en: "{n} rule(s)" },
        /// The phrase `NO_RULE`.
        NoRule = "NO_RULE" { zh: "没有符合条件的规则", ko: "조건에 맞는 규칙이 없음", en: "No rule matches" },
        /// The phrase `OWED_BY`.
        OwedBy = "OWED_BY" { zh: "义务承担", ko: "의무 부담", en: "Owed by" },
        /// The phrase `REGISTER_TITLE`.
        RegisterTitle = "REGISTER_TITLE" { zh: "登记册", ko: "등록부", en: "Register" },
        /// The phrase `EXAMPLE_BUILT_IN`.
        ExampleBuiltIn = "EXAMPLE_BUILT_IN" { zh: "内置示例登记册(examples/yanbian-register.json)", ko: "내장 실례 등록부(examples/yanbian-register.json)", en: "the built-in example register (examples/yanbian-register.json)" },
        /// The phrase `GIVEN_FILE`.
        GivenFile = "GIVEN_FILE" { zh: "--register 指定的文件", ko: "--register로 지정한 파일", en: "the file of --register" },
        /// The phrase `DESCRIPTION`.
        Description = "DESCRIPTION" { zh: "说明", ko: "설명", en: "Description" },
        /// The phrase `ISSUE_DATE`.
        IssueDate = "ISSUE_DATE" { zh: "印发日期", ko: "인쇄발행일", en: "Issue date" },
        /// The phrase `NO_DESCRIPTION`.
        NoDescription = "NO_DESCRIPTION" { zh: "(无说明)", ko: "(설명 없음)", en: "(no description)" },
        /// The phrase `HYPOTHETICAL`.
        Hypothetical = "HYPOTHETICAL" { zh: "假设值", ko: "가정한 날자", en: "hypothetical" },
        /// The phrase `RECORDS`.
        Records = "RECORDS" { zh: "记录", ko: "기록", en: "Records" },
        /// The phrase `MADE_UP`.
        MadeUp = "MADE_UP" { zh: "其中虚构(示例)", ko: "그중 가공(실례)", en: "made up (illustrative)" },
        /// The phrase `EXAMPLE_NOTICE`.
        ExampleNotice = "EXAMPLE_NOTICE" { zh: "注意:未指定 --register,以下结果依据内置示例登记册计算。该登记册是示例,含虚构记录(结果中标有[示例]),不是官方数据;运行 `devzone register` 查看其说明。", ko: "주의: --register를 지정하지 않았으므로 아래 결과는 내장 실례 등록부로 계산하였다. 이 등록부는 실례이며 가공의 기록(결과에 [실례]로 표시)을 포함하므로 공식 자료가 아니다. 설명은 `devzone register`로 본다.", en: "Note: no --register was given, so this is computed from the built-in example register. It is an example that contains made-up records (marked [illustrative] below), not official data; run `devzone register` to read its description." },
        /// The phrase `TOTAL_NOTE`: what the report's total counts.
        TotalNote = "TOTAL_NOTE" { zh: "合计 = 对开发区的检查结论{zones}项 + 对县(市)的检查结论{counties}项 + 各承担者的义务{duties}项", ko: "합계 = 개발구에 대한 검사 결론 {zones}건 + 현(시)에 대한 검사 결론 {counties}건 + 각 담당 주체의 의무 {duties}건", en: "Total = {zones} finding(s) about zones + {counties} finding(s) about counties + {duties} duty(ies) owed" },
        /// The phrase `PAGE_NOTE`: which findings a page of the report shows.
        PageNote = "PAGE_NOTE" { zh: "本次显示:共 {total} 项中的第 {from}–{to} 项", ko: "표시한 항목: 모두 {total}건 가운데 {from}–{to}번째", en: "shown: items {from}–{to} of {total}" },
        /// The phrase `BY_ZONE_NOTE`.
        ByZoneNote = "BY_ZONE_NOTE" { zh: "每个开发区:对该开发区的检查结论,以及与该开发区有关的义务(包括其自身的义务)", ko: "개발구마다: 그 개발구에 대한 검사 결론과 그 개발구에 관한 의무(자체의 의무 포함)", en: "each zone: the findings about the zone and the duties about it (its own included)" },
        /// The phrase `BY_COUNTY_NOTE`.
        ByCountyNote = "BY_COUNTY_NOTE" { zh: "每个县(市):对其境内开发区的检查结论、这些开发区和县(市)自身的义务,以及“一县一区”的结论;与按开发区、按承担者的合计重叠,不能相加", ko: "현(시)마다: 관할 개발구에 대한 검사 결론, 그 개발구들과 현(시) 자체의 의무, ‘1현1구’ 결론. 개발구별, 담당 주체별 합계와 겹치므로 더할 수 없다", en: "each county (city): the findings about its zones, the duties its zones and the county itself owe, and its one-zone-per-county finding; it overlaps the totals by zone and by agency, so they do not add up" },
        /// The phrase `BY_AGENCY_NOTE`.
        ByAgencyNote = "BY_AGENCY_NOTE" { zh: "每个承担者:它应承担的义务(不含对其辖区内开发区的检查结论),与义务清单一致;县(市)的 art-02.c 整合义务列在该县(市)的检查结论中,不在此计入", ko: "담당 주체마다: 그가 부담하는 의무(관할 개발구에 대한 검사 결론은 포함하지 않음). 의무 목록과 같다. 현(시)의 art-02.c 통합 의무는 그 현(시)의 검사 결론에 들어 있으므로 여기에 산입하지 않는다", en: "each bearer: the duties it owes (not the findings about zones in its territory), as in its obligations, except a county's art-02.c merger, which is among the county's findings" },
        /// The phrase `UNKNOWN_NOTE`.
        UnknownNote = "UNKNOWN_NOTE" { zh: "情况不明:登记册的记录不足以判断(没有记录,或记录须人工判断)的义务和检查(不论严重程度);义务清单按同一口径计数", ko: "정황 불명: 등록부의 기록으로 판단할 수 없는(기록이 없거나 기록을 사람이 판단하여야 하는) 의무와 검사(심각도와 관계없이). 의무 목록도 같은 기준으로 센다", en: "unknown: duties and checks the register's records do not decide (nothing recorded, or records a person must weigh; whatever their severity); the obligations count them the same way" },
        /// The phrase `FILTER`.
        Filter = "FILTER" { zh: "筛选条件", ko: "선별 조건", en: "Filter" },
        /// The phrase `FILTER_COUNTY`.
        FilterCounty = "FILTER_COUNTY" { zh: "县(市)", ko: "현(시)", en: "county (city)" },
        /// The phrase `FILTER_ZONE`.
        FilterZone = "FILTER_ZONE" { zh: "开发区", ko: "개발구", en: "zone" },
        /// The phrase `FILTER_AGENCY`.
        FilterAgency = "FILTER_AGENCY" { zh: "承担者", ko: "담당 주체", en: "bearer" },
        /// The phrase `FILTER_SEVERITY`.
        FilterSeverity = "FILTER_SEVERITY" { zh: "严重程度", ko: "심각도", en: "severity" },
        /// The phrase `FILTER_RULE`.
        FilterRule = "FILTER_RULE" { zh: "规则", ko: "규칙", en: "rule" },
        /// The phrase `NO_FINDING`.
        NoFinding = "NO_FINDING" { zh: "没有符合条件的结果", ko: "조건에 맞는 결과가 없다", en: "no finding matches" },
        /// The phrase `TO_SETTLE`.
        ToSettle = "TO_SETTLE" { zh: "如何查明", ko: "해결하려면", en: "to settle" },
        /// The phrase `FOR_EXAMPLE`.
        ForExample = "FOR_EXAMPLE" { zh: "例如", ko: "례", en: "e.g." },
        /// The phrase `ZONES`.
        Zones = "ZONES" { zh: "涉及开发区", ko: "관련 개발구", en: "Zones" },
        /// The phrase `YEARS`.
        Years = "YEARS" { zh: "年度", ko: "년도", en: "Years" },
        /// The phrase `UNKNOWN_TO_RECORD`: the obligations' section of unknown duties.
        UnknownToRecord = "UNKNOWN_TO_RECORD" { zh: "情况不明:需要记录什么", ko: "정황 불명: 무엇을 기록하여야 하는가", en: "Unknown: what to record" },
        /// The phrase `AS_OF_TODAY`.
        AsOfToday = "AS_OF_TODAY" { zh: "截至{date}(今天,中国时间;另一日期请用 --as-of)", ko: "기준일 {date}(오늘, 중국 시간. 다른 날자는 --as-of로 지정한다)", en: "as of {date} (today, China time; --as-of gives another date)" },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn particles_follow_the_final_sound() {
        assert_eq!(particle("주상무국", Particle::EunNeun), "은");
        assert_eq!(particle("주정부", Particle::EunNeun), "는");
        assert_eq!(particle("연길시", Particle::IGa), "가");
        assert_eq!(particle("왕청현", Particle::IGa), "이");
        assert_eq!(particle("판공실", Particle::EuroRo), "로");
        // A gloss in parentheses does not count: the word before it does.
        assert_eq!(particle("도문경제개발구(TM-EDZ)", Particle::EunNeun), "는");
        assert_eq!(particle("연길시 (CTY.YANJI)", Particle::IGa), "가");
        assert_eq!(particle("(TM-EDZ)", Particle::EunNeun), "은(는)");
        // A Chinese name: the reading of its last character.
        assert_eq!(particle("N1开发区(N1)", Particle::EunNeun), "는");
        assert_eq!(particle("示范园", Particle::IGa), "이");
        assert_eq!(particle("办公室", Particle::EuroRo), "로");
        assert_eq!(particle("某某", Particle::EunNeun), "은(는)");
        assert_eq!(particle("1급 재정", Particle::EuroRo), "으로");
        assert_eq!(particle("2019-12-01", Particle::EulReul), "을");
        assert_eq!(particle("2019-12-02", Particle::EulReul), "를");
        assert_eq!(particle("2019-12-01", Particle::EuroRo), "로");
        assert_eq!(particle("2019-12-03", Particle::EuroRo), "으로");
        assert_eq!(particle("2020", Particle::EunNeun), "은"); // 이천이십 → 십
        assert_eq!(particle("100", Particle::IGa), "이"); // 백
        assert_eq!(particle("0", Particle::IGa), "이"); // 령
        assert_eq!(particle("ACT.LG", Particle::IGa), "가"); // 지
        assert_eq!(particle("RULE", Particle::EunNeun), "는"); // 이
        assert_eq!(particle("延吉市", Particle::EunNeun), "는"); // 시
        assert_eq!(particle("", Particle::GwaWa), "과(와)");
    }

    #[test]
    fn names_parse_back_and_labels_are_complete() {
        for lang in Lang::ALL {
            assert_eq!(lang.as_str().parse::<Lang>(), Ok(*lang));
            for shown in Lang::ALL {
                assert!(!lang.label(*shown).is_empty());
            }
        }
        let err = "fr".parse::<Lang>().err();
        assert_eq!(
            err.map(|e| alloc::string::ToString::to_string(&e)),
            Some("expected one of `zh`, `en`, `ko`".into())
        );
    }
}

#[cfg(test)]
mod table_check {
    use super::{table_is_sound, Label};

    const A: Label = Label {
        zh: "甲",
        ko: "갑",
        en: "A",
    };
    const B: Label = Label {
        zh: "乙",
        ko: "을",
        en: "B",
    };

    /// The compile-time check of `stable_enum!` refuses what it should (so it is not a check
    /// that cannot fail).
    #[test]
    fn refuses_a_name_twice_a_missing_label_or_an_empty_text() {
        assert!(table_is_sound(&["A", "B"], &[A, B]));
        assert!(!table_is_sound(&["A", "A"], &[A, B]));
        assert!(!table_is_sound(&["A", "B"], &[A]));
        assert!(!table_is_sound(&["A", " "], &[A, B]));
        let blank = Label {
            zh: "乙",
            ko: " \n",
            en: "B",
        };
        assert!(!table_is_sound(&["A", "B"], &[A, blank]));
    }
}

/// Levenshtein distance over chars (for "did you mean").
#[must_use]
pub fn edit_distance(a: &str, b: &str) -> usize {
    let b: alloc::vec::Vec<char> = b.chars().collect();
    let mut row: alloc::vec::Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = i;
        let mut left = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let up = row.get(j + 1).copied().unwrap_or(usize::MAX);
            let here = (diagonal + usize::from(ca != *cb))
                .min(up.saturating_add(1))
                .min(left + 1);
            diagonal = up;
            if let Some(cell) = row.get_mut(j + 1) {
                *cell = here;
            }
            left = here;
        }
        if let Some(first) = row.first_mut() {
            *first = i + 1;
        }
    }
    row.last().copied().unwrap_or(0)
}
