//! The open questions of the text (the ambiguity register): every point where the opinion's
//! words leave a programmer a choice, with the rules it concerns, the parameters that choose the
//! reading, and in Chinese, Korean and English the question, the reading this SDK applies, the
//! alternatives on offer and why. Answers, messages, the rulebook and the docs cite an entry by
//! its id (`AMB-26`); `api::ambiguities`, `devzone ambiguities AMB-26` and the npm package's
//! `ambiguities("AMB-26")` look it up.
//!
//! Where the SDK reads a point differently from the default its specification proposed
//! (`docs/departures.md`), the entry says what the SDK does (`departs: true`) and names the
//! specification's reading among the alternatives.
//!
//! Static data only: no allocation to look an entry up, nothing that can fail.

use crate::rules::RuleId;
use crate::words::Label;

/// One entry of the ambiguity register.
#[derive(Clone, Copy, Debug)]
pub struct Ambiguity {
    /// Stable id, `AMB-01` … `AMB-43`, `AMB-12b`, `AMB-12c`.
    pub id: &'static str,
    /// The rules it concerns.
    pub rules: &'static [RuleId],
    /// What else it concerns, when that is not a rule (every period, who bears a duty).
    pub scope: Option<Label>,
    /// The parameters (by their `params` names) that choose the reading; none when the reading
    /// is fixed or a person decides each case.
    pub params: &'static [&'static str],
    /// The question the text leaves open.
    pub question: Label,
    /// The reading this SDK applies (by default).
    pub reading: Label,
    /// The other readings, and how to choose them.
    pub alternatives: Label,
    /// Why this reading.
    pub why: Label,
    /// Whether the SDK's reading differs from the default its specification proposed (named
    /// among the alternatives; `docs/departures.md` gives the reasons).
    pub departs: bool,
}

impl Ambiguity {
    /// The entry's number and suffix, for ordering and nearness: `AMB-12b` → `(12, "b")`.
    fn number(self) -> (u32, &'static str) {
        number_of(self.id).unwrap_or((0, ""))
    }
}

/// `AMB-12b` → `(12, "b")`; `None` for anything else.
fn number_of(id: &str) -> Option<(u32, &str)> {
    let rest = id.strip_prefix("AMB-")?;
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    let (n, suffix) = rest.split_at(digits);
    if n.is_empty() {
        return None;
    }
    Some((n.parse().ok()?, suffix))
}

/// Shorthand for a text in the three languages.
const fn l(zh: &'static str, ko: &'static str, en: &'static str) -> Label {
    Label { zh, ko, en }
}

/// Every entry, in register order.
pub const AMBIGUITIES: &[Ambiguity] = &[
    Ambiguity {
        id: "AMB-01",
        rules: &[RuleId::ART_18_C, RuleId::ART_02_A],
        scope: None,
        params: &["issueDateBasis"],
        question: l(
            "原文件未载明印发日期。「印发之日」指哪一天:成文日期、文件所载印发日期、网上公布日期,还是收文日期?",
            "원문 파일에는 인쇄발행일이 적혀 있지 않다. 「印发之日」은 어느 날인가: 성문일, 문서에 적힌 인쇄발행일, 인터넷 공포일, 아니면 수문일인가?",
            "The issuance date is not in the source file. And which date is 「印发之日」: the signing date (成文日期), the printed issuance date, the date of publication on the web, or the date of receipt?",
        ),
        reading: l(
            "印发日期是自该日起算的各规则的必填输入(issueDate),SDK从不自行假定。按文件版记所载的印发日期理解(issueDateBasis:PRINTED_ISSUANCE_DATE);该依据在答复中回显,不改变任何计算。",
            "인쇄발행일은 그날부터 기산하는 규칙들의 필수 입력(issueDate)이며 SDK는 스스로 가정하지 않는다. 문서 판기에 적힌 인쇄발행일로 해석하며(issueDateBasis: PRINTED_ISSUANCE_DATE) 이 근거는 답변에 되돌려 표시될 뿐 계산을 바꾸지 않는다.",
            "The issuance date is a required input (issueDate) of every rule that counts from it; the SDK never assumes one. It is read as the 印发 date printed in the document's colophon (issueDateBasis: PRINTED_ISSUANCE_DATE); the basis is echoed in the answer and changes no arithmetic.",
        ),
        alternatives: l(
            "issueDateBasis 可取 SIGNING_DATE(成文日期)、PUBLICATION_DATE(网上公布日期)或 RECEIPT_DATE(收文日期);调用方须相应地给出 issueDate。",
            "매개변수(issueDateBasis)는 SIGNING_DATE(성문일), PUBLICATION_DATE(인터넷 공포일) 또는 RECEIPT_DATE(수문일)로 할 수 있으며 그때 호출측은 해당 날자를 항목(issueDate)으로 주어야 한다.",
            "issueDateBasis may be SIGNING_DATE, PUBLICATION_DATE or RECEIPT_DATE; the caller then gives that date as issueDate.",
        ),
        why: l(
            "「印发」字面意思是印制并分发;公文在版记中载明印发日期。",
            "「印发」은 글자 그대로 인쇄하여 배포한다는 뜻이며 공문은 판기에 인쇄발행일을 적는다.",
            "「印发」 literally means printed and distributed, and official documents print the 印发 date in their colophon (版记).",
        ),
        departs: false,
    },
    Ambiguity {
        id: "AMB-02",
        rules: &[RuleId::ART_18_C, RuleId::ART_02_A],
        scope: Some(l(
            "本意见中按月、按年计算的所有期限",
            "본 의견에서 달과 해로 계산하는 모든 기한",
            "every period of the opinion counted in months or years",
        )),
        params: &["periodConvention", "holidayRollover", "holidayCalendar"],
        question: l(
            "6个月期限是否包含起算日?印发日为8月31日(没有2月31日)时怎样算?周末或节假日是否顺延?",
            "6개월 기한에 기산일이 포함되는가? 인쇄발행일이 8월 31일이면(2월 31일이 없다) 어떻게 계산하는가? 주말이나 명절에는 연장되는가?",
            "Is the 6-month period inclusive? What if the issuance date is 31 August (there is no 31 February)? Do weekends or holidays extend it?",
        ),
        reading: l(
            "类推适用《民法典》第二百零一条至第二百零四条:起算日不计入;期限在第6个月的对应日届满;无对应日的,在该月末日届满(8月31日起算为次年2月28日或29日);届满当日完成仍属按期。内部行政期限不因节假日顺延(holidayRollover:false);期限日为星期六或星期日、而顺延会使迟延或逾期变为按期的,答复请人工判断。",
            "《민법전》 제201조~제204조를 류추 적용한다: 기산일은 산입하지 않고 6개월째 달의 대응일에 만료되며 대응일이 없으면 그달 말일에 만료된다(8월 31일이면 다음 해 2월 28일 또는 29일). 만료일 당일에 완료하여도 기한 내이다. 내부 행정 기한은 명절로 연장하지 않는다(holidayRollover: false). 기한일이 토요일이나 일요일이여서 순연하면 늦음이나 기한 경과가 기한 내로 바뀌는 경우에는 사람이 판단하도록 답한다.",
            "The Civil Code, arts. 201–204, by analogy: the start day is not counted; the period ends on the corresponding day of the 6th month, or on that month's last day when it has none (31 August → 28 or 29 February); the due day itself is on time. Internal administrative deadlines are not extended over holidays (holidayRollover: false); where the due day is a Saturday or Sunday and a roll-over would turn a late or overdue answer into an on-time one, the answer asks a person.",
        ),
        alternatives: l(
            "periodConvention 可取 SIMPLE_ADD_MONTHS(简单加月,永不顺延);holidayRollover:true 时顺延至下一个工作日,须由调用方提供国务院的节假日安排(holidayCalendar),SDK不内置。",
            "매개변수(periodConvention)는 SIMPLE_ADD_MONTHS(달을 단순히 더하며 연장하지 않는다)로 할 수 있다. 매개변수(holidayRollover)를 true로 하면 다음 근무일로 연장하는데 국무원의 명절 안배(holidayCalendar)를 호출측이 주어야 하며 SDK에는 들어 있지 않다.",
            "periodConvention: SIMPLE_ADD_MONTHS (months added, never rolled over); holidayRollover: true moves a period ending on a non-working day to the next working day, with the State Council's holiday calendar supplied by the caller (holidayCalendar; none is shipped).",
        ),
        why: l(
            "这是中国唯一成文的期间计算规则;内部行政期限通常不顺延,不顺延的理解也更早、更稳妥。",
            "이것은 중국의 유일한 성문 기간 계산 규칙이다. 내부 행정 기한은 통상 연장되지 않으며 연장하지 않는 해석이 더 이르고 안전하다.",
            "It is the only codified PRC rule for periods. Internal administrative deadlines are normally not extended, and not extending them is the earlier, safer reading.",
        ),
        departs: false,
    },
    Ambiguity {
        id: "AMB-03",
        rules: &[RuleId::ART_02_B],
        scope: None,
        params: &["nominalZoneCriteria"],
        question: l(
            "什么是「有名无实」的开发区?",
            "「有名无实」(유명무실)한 개발구란 무엇인가?",
            "What makes a zone 「有名无实」 (in name only)?",
        ),
        reading: l(
            "由主管机关认定(nominalZoneCriteria:EXTERNAL_DETERMINATION):登记册记载认定结论,SDK据此答复;没有认定的,答复需人工判断,不以任何指标自行推断。",
            "주관기관이 판정한다(nominalZoneCriteria: EXTERNAL_DETERMINATION). 등록부에 적힌 판정에 따라 답하며 판정이 없으면 사람의 판단이 필요하다고 답하고 어떤 지표로도 스스로 추정하지 않는다.",
            "The competent authority decides (nominalZoneCriteria: EXTERNAL_DETERMINATION): the answer follows the finding recorded in the register; without one it is for a person, and no indicator is used to guess.",
        ),
        alternatives: l(
            "规格说明曾提出一个仅供参考的预筛(零企业、零开发面积、无管委会、3年零投资);SDK未提供。",
            "명세서는 참고용 사전 선별(기업 0개, 개발 면적 0, 관리위원회 없음, 3년간 투자 0)을 제안하였으나 SDK는 제공하지 않는다.",
            "The specification suggested an advisory pre-screen (no enterprises, no developed land, no management committee, no investment in 3 years); the SDK does not ship one.",
        ),
        why: l(
            "原文没有给出标准;自定门槛等于创制规则。",
            "원문에 기준이 없으며 문턱값을 스스로 정하는 것은 규정을 만드는 것이다.",
            "The text gives no criteria; inventing thresholds would make law.",
        ),
        departs: false,
    },
    Ambiguity {
        id: "AMB-04",
        rules: &[RuleId::ART_02_A, RuleId::ART_02_C],
        scope: None,
        params: &["consolidationWindowAnchor", "consolidationWindowYears"],
        question: l(
            "两年整合期自印发之日起算,还是自1月1日起算?它是硬性期限吗?",
            "2년 통합·최적화 기간은 인쇄발행일부터 기산하는가, 1월 1일부터 기산하는가? 엄격한 기한인가?",
            "Does the two-year consolidation window run from the issuance date or from 1 January? Is it a hard deadline?",
        ),
        reading: l(
            "自印发之日起算(consolidationWindowAnchor:ISSUE_DATE)。它是工作期限而非处罚期限:期满后尚未完成的整合显示为逾期(MERGE_OVERDUE),但仅凭期限不产生处罚;报告中最多列为需人工判断(REVIEW),从不列为违规。",
            "인쇄발행일부터 기산한다(consolidationWindowAnchor: ISSUE_DATE). 이는 사업 기한이지 제재 기한이 아니다. 기간이 끝난 뒤에도 통합하지 않았으면 기한 경과(MERGE_OVERDUE)로 표시하지만 기한만으로 제재가 따르지 않으며 보고서에서도 기껏해야 사람의 판단 필요(REVIEW)로 분류하고 위반으로는 분류하지 않는다.",
            "From the issuance date (consolidationWindowAnchor: ISSUE_DATE). It is a programme window, not a sanction: a merger still pending after it is shown as overdue (MERGE_OVERDUE), but no sanction follows from the window alone; the report rates it REVIEW at most, never a violation.",
        ),
        alternatives: l(
            "consolidationWindowAnchor 可取 JAN1_FOLLOWING_ISSUE(自印发次年1月1日起算,至最后一年12月31日止);期限年数为 consolidationWindowYears(2)。",
            "매개변수(consolidationWindowAnchor)는 JAN1_FOLLOWING_ISSUE(인쇄발행 다음 해 1월 1일부터 기산하여 마지막 해 12월 31일까지)로 할 수 있다. 기간의 년수는 consolidationWindowYears(2)이다.",
            "consolidationWindowAnchor: JAN1_FOLLOWING_ISSUE (from 1 January after issuance to 31 December of the last year); the length is consolidationWindowYears (2).",
        ),
        why: l(
            "原文未写起算点;印发之日与第十八条的期限一致。原文没有为这一期限规定处罚。",
            "원문에 기산점이 없으며 인쇄발행일은 제18조의 기한과 같다. 원문은 이 기간에 제재를 정하지 않았다.",
            "The text states no anchor; the issuance date parallels art-18.c. The text attaches no sanction to the window.",
        ),
        departs: false,
    },
    Ambiguity {
        id: "AMB-05",
        rules: &[RuleId::ART_02_C],
        scope: None,
        params: &["countyZoneCountIncludesIcz"],
        question: l(
            "工业集中区是否计入「2家以上的省级开发区(工业集中区)」?",
            "공업집중구를 「2家以上的省级开发区(工业集中区)」에 산입하는가?",
            "Do industrial concentration zones count toward 「2家以上的省级开发区(工业集中区)」?",
        ),
        reading: l(
            "计入(countyZoneCountIncludesIcz:true);只有计入工业集中区才须整合的,答复请人工判断(该县(市)也可能是art-02.d所说“没有省级开发区的县(市)”)。",
            "산입한다(countyZoneCountIncludesIcz: true). 공업집중구를 산입하여야만 통합하여야 하는 경우에는 사람이 판단하도록 답한다(그 현(시)은 art-02.d의 ‘성급 개발구가 없는 현(시)’일 수도 있다).",
            "Yes (countyZoneCountIncludesIcz: true); where only counting them makes the merger required, the answer asks a person (the county may also be art-02.d's 「没有省级开发区的县(市)」).",
        ),
        alternatives: l(
            "countyZoneCountIncludesIcz:false 只计省级开发区。",
            "매개변수(countyZoneCountIncludesIcz)를 false로 하면 성급 개발구만 센다.",
            "countyZoneCountIncludesIcz: false counts provincial zones only.",
        ),
        why: l(
            "括号把两者并列;吉林省的文件也写「各县(市、区)管理的省级开发区、工业集中区原则上整合为1家省级开发区」。",
            "괄호가 둘을 한데 묶는다. 길림성의 문건도 「各县(市、区)管理的省级开发区、工业集中区原则上整合为1家省级开发区」라고 한다.",
            "The parenthesis groups them; the Jilin provincial text says 「各县(市、区)管理的省级开发区、工业集中区原则上整合为1家省级开发区」.",
        ),
        departs: false,
    },
    Ambiguity {
        id: "AMB-06",
        rules: &[RuleId::ART_02_C, RuleId::ART_02_D],
        scope: None,
        params: &["countyZoneCountIncludesPrefDispatched"],
        question: l(
            "国家级开发区、州直接管理的开发区(art-12.b)是否计入县(市)的开发区数?",
            "국가급 개발구나 주가 직접 관리하는 개발구(art-12.b)를 현(시)의 개발구 수에 산입하는가?",
            "Are national zones, or zones managed directly by the prefecture (art-12.b), counted as a county's zones?",
        ),
        reading: l(
            "国家级开发区从不计入(原文写的是省级)。州派出管理的开发区不是所在县(市)自己的开发区(countyZoneCountIncludesPrefDispatched:false):既不计入 art-02.c 的「2家以上」,也不使该县成为 art-02.d 所说「有省级开发区的县(市)」;其级别不明也不阻碍该县申报。",
            "국가급 개발구는 산입하지 않는다(원문은 성급이라고 한다). 주의 파출기구가 관리하는 개발구는 소재 현(시)의 개발구가 아니다(countyZoneCountIncludesPrefDispatched: false). 따라서 art-02.c의 「2家以上」에 산입하지 않으며 그 현을 art-02.d의 「성급 개발구가 있는 현(시)」으로 만들지도 않는다. 그 급별이 불명하여도 현의 신청을 막지 않는다.",
            "National zones never count (the text says 省级). A prefecture-dispatched zone is not its county's own (countyZoneCountIncludesPrefDispatched: false): it neither counts toward art-02.c's 「2家以上」 nor makes the county one that 「有省级开发区」 under art-02.d, and its unknown level does not hold up the county's application.",
        ),
        alternatives: l(
            "countyZoneCountIncludesPrefDispatched:true 在两条规则中都把它算作县的开发区。规格说明只对 art-02.c 作此理解,对 art-02.d 则把县内任何在用的省级开发区都算作县的。",
            "매개변수(countyZoneCountIncludesPrefDispatched)를 true로 하면 두 규칙에서 모두 현의 개발구로 센다. 명세서는 art-02.c에서만 이렇게 보고 art-02.d에서는 현 안의 모든 운영 중인 성급 개발구를 현의 것으로 보았다.",
            "countyZoneCountIncludesPrefDispatched: true counts it as the county's in both rules. The specification read it this way for art-02.c only, and for art-02.d counted any active provincial zone in the county as the county's.",
        ),
        why: l(
            "一款条文,对谁拥有开发区应只有一种理解;吉林省文件对州直接管理的省级开发区另设上限(「各市(州)直接管理的省级开发区原则不超过2家」)。",
            "한 조항에서 개발구가 누구의 것인지는 한 가지로만 해석하여야 한다. 길림성 문건은 주가 직접 관리하는 성급 개발구에 상한을 따로 둔다(「各市(州)直接管理的省级开发区原则不超过2家」).",
            "One clause, one reading of who owns a zone; the Jilin text caps prefecture-managed provincial zones separately (「各市(州)直接管理的省级开发区原则不超过2家」).",
        ),
        departs: true,
    },
    Ambiguity {
        id: "AMB-07",
        rules: &[RuleId::ART_02_D],
        scope: None,
        params: &["nationalZoneBlocksUpgrade"],
        question: l(
            "有国家级开发区、但没有省级开发区的县(市),能否申报工业集中区升级?",
            "국가급 개발구는 있으나 성급 개발구가 없는 현(시)은 공업집중구 승격을 신청할 수 있는가?",
            "May a county that has a national zone but no provincial zone apply to upgrade an industrial concentration zone?",
        ),
        reading: l(
            "可以(nationalZoneBlocksUpgrade:false)。",
            "할 수 있다(nationalZoneBlocksUpgrade: false).",
            "Yes (nationalZoneBlocksUpgrade: false).",
        ),
        alternatives: l(
            "nationalZoneBlocksUpgrade:true 时,国家级开发区也阻止升级。",
            "매개변수(nationalZoneBlocksUpgrade)를 true로 하면 국가급 개발구도 승격을 막는다.",
            "nationalZoneBlocksUpgrade: true lets a national zone bar the upgrade too.",
        ),
        why: l(
            "原文字面是「没有省级开发区的县(市)」。",
            "원문은 글자 그대로 「没有省级开发区的县(市)」이다.",
            "The literal text: 「没有省级开发区的县(市)」.",
        ),
        departs: false,
    },
    Ambiguity {
        id: "AMB-08",
        rules: &[RuleId::ART_05_A],
        scope: None,
        params: &["industriesMode", "industriesNational", "industriesProvincial"],
        question: l(
            "「1+2至3」是确数还是上限?什么算「一个产业」?一区多园的分园是否各有名额?其他级别的开发区是否适用?",
            "「1+2~3」은 정확한 수인가 상한인가? 무엇을 ‘한 산업’으로 보는가? 1구다원의 분원구마다 정원이 따로 있는가? 다른 급별의 개발구에도 적용되는가?",
            "Is 「1+2至3」 exact or a cap? What counts as one industry? Do the parks of a 一区多园 zone have their own quotas? Does the rule apply to zones of other levels?",
        ),
        reading: l(
            "严格适用(industriesMode:STRICT):恰有1个首位产业,主攻产业数在上下限之内(国家级2至3个,省级1至2个)。产业以开发区自身经批准的定位为准,不从统计数据推导;名额按开发区计,分园共用。登记册记两个首位产业的,定位无效;完全没有产业记录的,结论不明而非无效。工业集中区等其他开发区不适用。",
            "엄격히 적용한다(industriesMode: STRICT): 수위산업은 꼭 1개이고 주공산업 수는 상한·하한 안에 있어야 한다(국가급 2~3개, 성급 1~2개). 산업은 개발구 자체가 비준받은 정위에 따르며 통계로 다시 도출하지 않는다. 정원은 개발구별로 세며 분원구는 함께 쓴다. 등록부에 수위산업이 두 개 적혀 있으면 정위가 무효이고 산업 기록이 전혀 없으면 무효가 아니라 알 수 없다. 공업집중구 등 다른 개발구에는 적용되지 않는다.",
            "Strictly (industriesMode: STRICT): exactly 1 leading industry and a number of main industries within the bounds (2 to 3 for national zones, 1 to 2 for provincial ones). Industries are the zone's own approved designations, not derived from statistics; the quota is per zone, shared by its parks. Two leading industries on record make the designation invalid; a zone with no industries recorded at all is unknown, not invalid. Industrial concentration zones and other zones are out of the rule.",
        ),
        alternatives: l(
            "industriesMode 可取 CAP_ONLY(只适用上限);上下限由 industriesNational、industriesProvincial 设定。",
            "매개변수(industriesMode)는 CAP_ONLY(상한만 적용)로 할 수 있다. 상한·하한은 industriesNational, 매개변수(industriesProvincial)로 정한다.",
            "industriesMode: CAP_ONLY enforces only the maximum; the bounds are industriesNational and industriesProvincial.",
        ),
        why: l(
            "「重点发展N个」说的是目标构成;从统计数据重新推导产业会与正式定位冲突。",
            "「重点发展N个」는 목표 구성을 말한다. 통계로 산업을 다시 도출하면 공식 정위와 충돌한다.",
            "「重点发展N个」 states a target composition; re-deriving industries from statistics would conflict with the official designations.",
        ),
        departs: false,
    },
    Ambiguity {
        id: "AMB-09",
        rules: &[RuleId::ART_05_C],
        scope: None,
        params: &["agglomerationAreaCount"],
        question: l(
            "「3个」产业集聚区是恰好3个还是至多3个?集聚区与开发区是否一一对应?",
            "「3个」 산업집중구는 꼭 3개인가 최대 3개인가? 집중구와 개발구는 하나씩 대응하는가?",
            "Is 「3个」 (industrial agglomeration areas) exactly 3 or up to 3? Is an area one zone, or can it span zones?",
        ),
        reading: l(
            "恰好3个(agglomerationAreaCount)为符合;多于3个为不符合;少于3个需人工判断,因为只有符合条件的开发区不足时少选才对。每个集聚区以一个开发区为依托。",
            "꼭 3개(agglomerationAreaCount)이면 규정 부합이고 3개보다 많으면 규정 위반이며 적으면 사람이 판단하여야 한다. 조건에 부합되는 개발구가 모자랄 때에만 적게 선정하는 것이 옳기 때문이다. 집중구마다 개발구 하나에 의거한다.",
            "Exactly 3 (agglomerationAreaCount) is compliant, more is non-compliant, and fewer is for a person, since fewer is right only if fewer zones qualify. Each area is anchored on one zone.",
        ),
        alternatives: l(
            "规格说明的理解是「目标3个、上限3个,符合条件的少则少选」,即少选也符合;该理解未作为参数提供,由人判断是否符合条件的开发区不足。",
            "명세서는 ‘목표 3개, 상한 3개, 조건에 부합되는 것이 적으면 적게 선정’으로 보아 적게 선정하여도 부합한다고 하였다. 이 해석은 매개변수로 제공하지 않으며 조건에 부합되는 개발구가 모자라는지는 사람이 판단한다.",
            "The specification read it as target 3, cap 3, fewer when fewer qualify (fewer being compliant); that reading is not offered as a parameter: whether fewer zones qualify is for a person.",
        ),
        why: l(
            "「重点扶持建设3个」说的是一个数,而非上限;原文没有说明是否有足够的开发区符合条件(「符合条件的」)。",
            "「重点扶持建设3个」는 상한이 아니라 수를 말한다. 조건에 부합되는 개발구가 충분한지(「符合条件的」)는 원문이 말하지 않는다.",
            "「重点扶持建设3个」 names a number, not a ceiling; the text leaves open whether enough zones qualify (「符合条件的」).",
        ),
        departs: true,
    },
    Ambiguity {
        id: "AMB-10",
        rules: &[
            RuleId::ART_14_C,
            RuleId::ART_14_D,
            RuleId::ART_14_E,
            RuleId::ART_14_F,
            RuleId::ART_14_H,
            RuleId::ART_15_A,
        ],
        scope: None,
        params: &[],
        question: l(
            "「年」指被考评的年度,还是结果公布的年度?",
            "「年」은 심사평가 대상 년도인가, 결과가 공포된 년도인가?",
            "Is a year the assessed (performance) year or the year the results are published?",
        ),
        reading: l(
            "指被考评的年度(考评记录的 year);处罚自该年度结果的公布日起生效,公布前的事实不被视为已知。",
            "심사평가 대상 년도(심사평가 기록의 year)이다. 제재는 그 년도 결과의 공포일부터 효력이 생기며 공포 전에는 알려진 사실로 보지 않는다.",
            "The assessed year (the year of the assessment record); sanctions take effect from the publication date of that year's results, and a result is not known before it is published.",
        ),
        alternatives: l(
            "无参数:结果的公布日期记录在登记册中(publishedDate)。",
            "매개변수가 없다. 결과의 공포일은 등록부에 기록한다(publishedDate).",
            "No parameter: the publication date of each year's results is recorded in the register (publishedDate).",
        ),
        why: l(
            "全省Y年度的结果在Y+1年公布(例如2020年度结果于2021年9月公布)。",
            "전 성의 Y년도 결과는 Y+1년에 공포된다(례: 2020년도 결과는 2021년 9월에 공포되였다).",
            "Province-wide results for year Y are published in Y+1 (the 2020 results were published in September 2021).",
        ),
        departs: false,
    },
    Ambiguity {
        id: "AMB-11",
        rules: &[
            RuleId::ART_14_A,
            RuleId::ART_14_C,
            RuleId::ART_14_D,
            RuleId::ART_14_E,
            RuleId::ART_14_F,
        ],
        scope: None,
        params: &["assessmentRankingScope", "bottomTiePolicy", "minPopulationFactor"],
        question: l(
            "「全省排名」是哪个排名、哪些开发区参加?「后10位」是否指省级开发区中名次大于N−10?并列怎么办?参评开发区很少时怎么办?",
            "「全省排名」은 어느 순위이며 어느 개발구가 참가하는가? 「后10位」는 성급 개발구 중 순위가 N−10보다 큰 것인가? 동순위는 어떻게 하는가? 순위에 든 개발구가 매우 적으면 어떻게 하는가?",
            "「全省排名」: which ranking, among which zones? Is the bottom 10 a rank above N − 10 among provincial zones only? Ties? A very small N?",
        ),
        reading: l(
            "吉林省对省级开发区的排名(assessmentRankingScope:PROVINCE_PROVINCIAL_ZONES)。排名后n位即名次大于N−n,N为当年实际参加排名的开发区数(被取消资格的不计)。处于边界的并列开发区全部计入(bottomTiePolicy:INCLUDE_ALL_TIED),并请人工确认。N≤2n时需人工判断(minPopulationFactor:2)。记录写明来自其他排名(rankingScope)的,不予采用。",
            "길림성의 성급 개발구 순위이다(assessmentRankingScope: PROVINCE_PROVINCIAL_ZONES). 하위 n위는 순위가 N−n보다 큰 것이며 N은 그해 실제로 순위에 든 개발구 수이다(자격이 취소된 개발구는 세지 않는다). 경계에서 동순위인 개발구는 모두 포함하며(bottomTiePolicy: INCLUDE_ALL_TIED) 사람이 확인하도록 답한다. N≤2n이면 사람이 판단하여야 한다(minPopulationFactor: 2). 다른 순위에서 온 것으로 적힌 기록(rankingScope)은 쓰지 않는다.",
            "Jilin's ranking of provincial-level zones (assessmentRankingScope: PROVINCE_PROVINCIAL_ZONES). Bottom n means a rank above N − n, N being the zones actually ranked that year (disqualified zones are not counted). All zones tied at the boundary are included (bottomTiePolicy: INCLUDE_ALL_TIED), and the answer asks a person to confirm. With N ≤ 2n a person decides (minPopulationFactor: 2). A record that says it comes from another ranking (rankingScope) is not used.",
        ),
        alternatives: l(
            "assessmentRankingScope 可取 PROVINCE_ALL;bottomTiePolicy 可取 EXCLUDE_ALL_TIED 或 NEEDS_HUMAN;minPopulationFactor 可改。",
            "매개변수(assessmentRankingScope)는 PROVINCE_ALL로, 매개변수(bottomTiePolicy)는 EXCLUDE_ALL_TIED 또는 NEEDS_HUMAN으로 할 수 있으며 매개변수(minPopulationFactor)도 바꿀 수 있다.",
            "assessmentRankingScope: PROVINCE_ALL; bottomTiePolicy: EXCLUDE_ALL_TIED or NEEDS_HUMAN; minPopulationFactor may be changed.",
        ),
        why: l(
            "处罚条文针对「省级开发区」;把国家级开发区与约88个省级开发区一起排名没有意义。",
            "제재 조문은 「省级开发区」를 대상으로 한다. 국가급 개발구를 약 88개 성급 개발구와 함께 순위를 매기는 것은 의미가 없다.",
            "The sanctions name 「省级开发区」; ranking a national zone against some 88 provincial zones would be meaningless.",
        ),
        departs: false,
    },
    Ambiguity {
        id: "AMB-12",
        rules: &[RuleId::ART_14_C],
        scope: None,
        params: &["topRankThreshold", "topRequiresRewardEachYear"],
        question: l(
            "「靠前」是前几位?「受到省奖励」须每年都有,还是有一次即可?",
            "「靠前」(앞자리)은 몇 위까지인가? 「受到省奖励」(성의 장려를 받다)는 해마다 있어야 하는가, 한 번이면 되는가?",
            "How high is 「靠前」 (near the top)? Must 「受到省奖励」 (rewarded by the province) hold every year or once?",
        ),
        reading: l(
            "前10位(topRankThreshold:10,与「后10位」对称);3年中每年都受到省奖励(topRequiresRewardEachYear:true)。",
            "10위 이내이다(topRankThreshold: 10, 「后10位」와 대칭). 3년 동안 해마다 성의 장려를 받아야 한다(topRequiresRewardEachYear: true).",
            "The top 10 (topRankThreshold: 10, mirroring the bottom 10), and rewarded by the province in each of the 3 years (topRequiresRewardEachYear: true).",
        ),
        alternatives: l(
            "topRankThreshold 可改;topRequiresRewardEachYear:false 时3年中受奖一次即可。",
            "매개변수(topRankThreshold)를 바꿀 수 있으며 매개변수(topRequiresRewardEachYear)를 false로 하면 3년 중 한 번 장려를 받으면 된다.",
            "topRankThreshold may be changed; topRequiresRewardEachYear: false needs one reward in the 3 years.",
        ),
        why: l(
            "对于利益,从严理解;以「并」连接的两个条件都描述3年的记录。",
            "혜택에 대해서는 엄격히 해석한다. 「并」으로 이어진 두 조건은 모두 3년 동안의 기록을 말한다.",
            "A strict reading for a benefit; both conditions, joined by 「并」, describe the 3-year record.",
        ),
        departs: false,
    },
    Ambiguity {
        id: "AMB-12b",
        rules: &[RuleId::ART_14_D],
        scope: None,
        params: &["rankFallMetric", "rankFallMinPlaces", "rankFallClearPlaces"],
        question: l(
            "什么是「排名后退」?后退1位即算?按百分位?与哪一年比?参评数N变化时怎么办?",
            "「排名后退」(순위 후퇴)란 무엇인가? 1위만 내려가도 되는가? 백분위로 보는가? 어느 해와 비교하는가? 순위에 든 개발구 수 N이 바뀌면 어떻게 하는가?",
            "What is 「排名后退」 (a falling rank)? A drop of 1 place? A drop in percentile? Against which year? What if N changes?",
        ),
        reading: l(
            "与上一考评年度的名次比较(rankFallMetric:RAW_RANK)。后退5位及以上(rankFallClearPlaces:5)触发黄牌警告;后退1至4位(至少 rankFallMinPlaces 位)需人工判断;没有上一年度的名次即无后退。参评数变化超过5%、按名次后退而按百分位未后退时,需人工判断(规格说明的默认理解)。",
            "바로 전 심사평가 년도의 순위와 비교한다(rankFallMetric: RAW_RANK). 5위 이상 내려가면(rankFallClearPlaces: 5) 황패경고가 발동되고 1~4위(최소 rankFallMinPlaces위) 내려가면 사람이 판단하여야 한다. 전 년도 순위가 없으면 후퇴가 없다. 순위에 든 개발구 수가 5% 넘게 바뀌였는데 순위로는 후퇴하고 백분위로는 후퇴하지 않았으면 사람이 판단하여야 한다(명세서의 기본 해석).",
            "Against the rank of the previous assessment year (rankFallMetric: RAW_RANK). A fall of 5 places or more (rankFallClearPlaces: 5) triggers the yellow card; a fall of 1 to 4 places (at least rankFallMinPlaces) is for a person; no previous rank, no fall. When the number ranked changed by more than 5% and the rank fell but the percentile did not, a person decides (the specification's default reading).",
        ),
        alternatives: l(
            "规格说明按字面理解:后退1位即触发;rankFallClearPlaces:1 恢复这一理解。rankFallMetric 可取 PERCENTILE(N变化时按百分位比较)。",
            "명세서는 글자 그대로 1위만 내려가도 발동된다고 보았다. 매개변수(rankFallClearPlaces)를 1로 하면 이 해석으로 돌아간다. 매개변수(rankFallMetric)는 PERCENTILE(N이 바뀔 때 백분위로 비교)로 할 수 있다.",
            "The specification's literal reading: any fall of 1 place triggers; rankFallClearPlaces: 1 restores it. rankFallMetric: PERCENTILE compares percentiles when N changes.",
        ),
        why: l(
            "按字面理解,每年约有一半开发区会受处罚;规格说明自己提请政策制定者考虑一个门槛(如5位)。小幅后退是否属于「排名后退」由人决定,这个数字只决定何时请人判断。",
            "글자 그대로 보면 해마다 개발구의 절반가량이 제재를 받는다. 명세서 자체가 정책 제정자에게 문턱값(례: 5위)을 고려하라고 하였다. 조금 내려간 것이 「排名后退」인지는 사람이 판단하며 이 수는 언제 사람에게 묻는지만 정한다.",
            "Read literally, about half of all zones would be sanctioned every year; the specification itself asked policy owners to consider a threshold such as 5 places. Whether a small fall is 「排名后退」 is for a person; the number only decides when to ask.",
        ),
        departs: true,
    },
    Ambiguity {
        id: "AMB-12c",
        rules: &[RuleId::ART_14_D],
        scope: None,
        params: &["rankFallAppliesTo"],
        question: l(
            "「排名后退」只适用于省级开发区,还是也适用于国家级开发区?",
            "「排名后退」는 성급 개발구에만 적용되는가, 국가급 개발구에도 적용되는가?",
            "Does the falling-rank trigger cover only provincial zones, or national zones too?",
        ),
        reading: l(
            "只适用于省级开发区(rankFallAppliesTo:PROVINCIAL_ONLY)。",
            "성급 개발구에만 적용된다(rankFallAppliesTo: PROVINCIAL_ONLY).",
            "Provincial zones only (rankFallAppliesTo: PROVINCIAL_ONLY).",
        ),
        alternatives: l(
            "rankFallAppliesTo 可取 ALL_RANKED(凡参加排名的开发区)。",
            "매개변수(rankFallAppliesTo)는 ALL_RANKED(순위에 든 모든 개발구)로 할 수 있다.",
            "rankFallAppliesTo: ALL_RANKED (every ranked zone).",
        ),
        why: l(
            "「排名后10位的省级开发区或排名后退的」中省略了中心词[省级开发区],两者共用;国家级开发区由国家部委排名,不在全省名单中。",
            "「排名后10位的省级开发区或排名后退的」에서는 중심어 [省级开发区]를 생략하여 둘이 함께 쓴다. 국가급 개발구는 국가 부처가 순위를 매기며 전 성 명단에 없다.",
            "In 「排名后10位的省级开发区或排名后退的」 the head noun [省级开发区] is shared; national zones are ranked by the ministries, not in the provincial list.",
        ),
        departs: false,
    },
    Ambiguity {
        id: "AMB-13",
        rules: &[RuleId::ART_14_E, RuleId::ART_14_F],
        scope: None,
        params: &["windowYears", "windowHits"],
        question: l(
            "「3年中有2年」怎样滑动?是否指至少2年?同一个不佳年度能否在相继的窗口中重复触发处罚?",
            "「3年中有2年」은 어떻게 밀려 가는가? 최소 2년이라는 뜻인가? 같은 나쁜 해가 잇따른 기간에서 제재를 거듭 발동할 수 있는가?",
            "How does 「3年中有2年」 (2 of 3 years) slide? Is it at least 2? Can the same bad year trigger sanctions in successive windows?",
        ),
        reading: l(
            "窗口为截至每个考评年度t的{t−2,t−1,t}(windowYears:3),至少2年(windowHits:2)。没有记录的年份不算排名居后;但无可用记录的年份可能凑足年数时,结论为情况不明,而非未触发。同时触发撤销时,问责并入撤销,不重复问责;对已就同样年份被问责的人员是否再问责,由人判断(登记册不记载领导人员):窗口最后一年不在后列、没有新的年份时,答复即提请人工判断(SAME_HITS_AS_PREVIOUS_WINDOW)。",
            "기간은 심사평가 년도 t마다 {t−2, t−1, t}이며(windowYears: 3) 최소 2년이다(windowHits: 2). 기록이 없는 해는 하위로 세지 않으나 쓸 수 있는 기록이 없는 해가 년수를 채울 수 있으면 발동되지 않음이 아니라 알 수 없다고 답한다. 철회도 발동되면 문책은 그에 병합하여 중복하지 않는다. 같은 해로 이미 문책된 사람을 다시 문책하는지는 사람이 판단한다(등록부에 령도 인원이 없다). 기간의 마지막 해가 하위가 아니여서 새로운 해가 없으면 답변이 그것을 사람에게 묻는다(SAME_HITS_AS_PREVIOUS_WINDOW).",
            "The window is {t−2, t−1, t} ending at each assessment year t (windowYears: 3), with at least 2 hits (windowHits: 2). A year with no record is not a hit, but when years without a usable record could complete the hits the window is unknown, not \"not triggered\". When revocation is triggered too, accountability is merged into it, not repeated; whether leaders already held accountable for the same years are held accountable again is for a person (the register holds no leaders): when the window's last year is not a hit, so no new year is added, the answer asks a person (SAME_HITS_AS_PREVIOUS_WINDOW).",
        ),
        alternatives: l(
            "windowYears、windowHits 可改。",
            "windowYears, 매개변수(windowHits)를 바꿀 수 있다.",
            "windowYears and windowHits may be changed.",
        ),
        why: l(
            "既保留滚动检查,又避免一事两罚;证据的缺失不是合规的证据。",
            "굴러가는 검사를 유지하면서 한 가지 일로 두 번 처벌하지 않는다. 증거가 없는 것은 규정 부합의 증거가 아니다.",
            "It keeps the rolling check while avoiding double punishment; absence of evidence is not evidence of compliance.",
        ),
        departs: true,
    },
    Ambiguity {
        id: "AMB-14",
        rules: &[RuleId::ART_04_D],
        scope: None,
        params: &["rewardRatio", "rewardCap"],
        question: l(
            "「一定比例」和「适当」:比例是多少?有没有上限?",
            "「一定比例」와 「适当」: 비률은 얼마인가? 상한이 있는가?",
            "「一定比例」 and 「适当」: what ratio? Is there a cap?",
        ),
        reading: l(
            "SDK没有默认比例:比例取自各开发区奖励资金的规定(输入的 fund.ratio 或参数 rewardRatio),两者都没有时需人工判断。上限只在有规定时适用(fund.perAwardCap 或 rewardCap)。",
            "SDK에는 기본 비률이 없다. 비률은 각 개발구 장려자금의 규정에서 취하며(입력의 fund.ratio 또는 매개변수 rewardRatio) 둘 다 없으면 사람이 판단하여야 한다. 상한은 규정이 있을 때에만 적용한다(fund.perAwardCap 또는 rewardCap).",
            "No default ratio: it comes from each zone's reward-fund rules (the input's fund.ratio, or the parameter rewardRatio); without either a person decides. A cap applies only when one is set (fund.perAwardCap or rewardCap).",
        ),
        alternatives: l(
            "按部署设定 rewardRatio、rewardCap。",
            "배치할 때 rewardRatio, 매개변수(rewardCap)를 설정한다.",
            "Set rewardRatio and rewardCap for a deployment.",
        ),
        why: l(
            "金额不能凭空编造。",
            "금액을 지어낼 수 없다.",
            "An amount of money must not be invented.",
        ),
        departs: false,
    },
    Ambiguity {
        id: "AMB-15",
        rules: &[RuleId::ART_04_D],
        scope: None,
        params: &["rewardBasisYear"],
        question: l(
            "「项目当年到位资金」指哪一年?",
            "「项目当年到位资金」(대상 당해 년도 도착자금)은 어느 해인가?",
            "「项目当年到位资金」 (the project's funds in place that year): which year?",
        ),
        reading: l(
            "项目资金首次到位的日历年度(rewardBasisYear:FIRST_FUNDING_YEAR);奖励只给一次。",
            "대상 자금이 처음 도착한 력년이다(rewardBasisYear: FIRST_FUNDING_YEAR). 장려는 한 번만 준다.",
            "The calendar year in which the project's funds first arrived (rewardBasisYear: FIRST_FUNDING_YEAR); the reward is given once.",
        ),
        alternatives: l(
            "rewardBasisYear 可取 INTRODUCTION_YEAR(引进年度)或 AWARD_YEAR(奖励年度)。",
            "매개변수(rewardBasisYear)는 INTRODUCTION_YEAR(유치 년도) 또는 AWARD_YEAR(장려 년도)로 할 수 있다.",
            "rewardBasisYear: INTRODUCTION_YEAR or AWARD_YEAR.",
        ),
        why: l(
            "「一次性」与「当年」指向与引进事件相连的单一基准年度。",
            "「一次性」과 「当年」은 유치와 이어진 하나의 기준 년도를 가리킨다.",
            "「一次性」 and 「当年」 point to a single base year tied to the introduction.",
        ),
        departs: false,
    },
    Ambiguity {
        id: "AMB-16",
        rules: &[RuleId::ART_04_D],
        scope: None,
        params: &["rewardSplitRule"],
        question: l(
            "有多名突出贡献人员时,是一笔奖金共享,还是每人一笔?",
            "뛰어난 공헌을 한 인원이 여럿이면 장려금 하나를 나누는가, 한 사람마다 주는가?",
            "Several outstanding contributors: one reward shared, or one reward each?",
        ),
        reading: l(
            "一笔奖金(比例×到位资金),由贡献人员平分(rewardSplitRule:EQUAL_AMONG_OUTSTANDING_CONTRIBUTORS)。",
            "장려금은 하나(비률×도착자금)이며 공헌한 인원이 똑같이 나눈다(rewardSplitRule: EQUAL_AMONG_OUTSTANDING_CONTRIBUTORS).",
            "One reward (ratio × funds in place), split equally among the contributors (rewardSplitRule: EQUAL_AMONG_OUTSTANDING_CONTRIBUTORS).",
        ),
        alternatives: l(
            "目前没有其他分配方式可选。",
            "현재 다른 분배 방식은 없다.",
            "No other split is offered yet.",
        ),
        why: l(
            "避免奖励总额随人数增加。",
            "장려 총액이 사람 수에 따라 늘어나지 않게 한다.",
            "It keeps the total reward from growing with the number of people.",
        ),
        departs: false,
    },
    Ambiguity {
        id: "AMB-17",
        rules: &[RuleId::ART_06_B],
        scope: None,
        params: &["cobuiltDefaultSplit"],
        question: l(
            "「有关财政收入」指哪些收入?达成协议之前怎么办?",
            "「有关财政收入」(관련 재정수입)는 어떤 수입인가? 협의가 이루어지기 전에는 어떻게 하는가?",
            "Which revenue is 「有关财政收入」? What applies before an agreement exists?",
        ),
        reading: l(
            "项目企业带来的全部税收中县(市)留成的部分,按输入给出。协议之前全部归所在县(市)(cobuiltDefaultSplit:NONE_UNTIL_AGREED)。有协议时,各方比例之和须恰为1,分配的尾差归所在县(市)。",
            "대상 기업이 가져온 모든 세수 중 현(시) 류보분이며 입력으로 준다. 협의 전에는 전부 소재 현(시)에 귀속된다(cobuiltDefaultSplit: NONE_UNTIL_AGREED). 협의가 있으면 각측 비률의 합이 꼭 1이어야 하며 나눈 나머지는 소재 현(시)에 귀속된다.",
            "The county-retained share of all tax revenue attributable to the project's enterprise, as given in the input. Before an agreement, all of it stays with the host county (cobuiltDefaultSplit: NONE_UNTIL_AGREED). With an agreement the ratios must add up to exactly 1, and the host takes the rounding remainder.",
        ),
        alternatives: l(
            "目前没有其他默认分配可选。",
            "현재 다른 기본 분배는 없다.",
            "No other default split is offered yet.",
        ),
        why: l(
            "「可…商定」是许可性的:商定之前维持现状(由所在县保留)。",
            "「可…商定」은 허용하는 규정이므로 협의 전에는 현상(소재 현이 보유)을 유지한다.",
            "「可…商定」 is permissive: until agreed, the status quo (the host keeps it) applies.",
        ),
        departs: false,
    },
    Ambiguity {
        id: "AMB-18",
        rules: &[RuleId::ART_10_B],
        scope: None,
        params: &["mainlyThreshold"],
        question: l(
            "「主要用于」:多大份额才算「主要」?",
            "「主要用于」(주로 사용): 어느 정도의 몫이어야 ‘주로’인가?",
            "「主要用于」: what share is 「主要」 (mainly)?",
        ),
        reading: l(
            "高于一半(mainlyThreshold:0.5)为符合,低于为不符合;恰好一半需人工判断。",
            "절반(mainlyThreshold: 0.5)보다 많으면 규정 부합, 적으면 규정 위반이며 꼭 절반이면 사람이 판단하여야 한다.",
            "Above half (mainlyThreshold: 0.5) is compliant, below is non-compliant, and exactly half is for a person.",
        ),
        alternatives: l(
            "规格说明认为恰好一半不符合;mainlyThreshold 可改。",
            "명세서는 꼭 절반이면 규정 위반으로 보았다. 매개변수(mainlyThreshold)를 바꿀 수 있다.",
            "The specification held exactly half non-compliant; mainlyThreshold may be changed.",
        ),
        why: l(
            "「主要」的平常含义是多于一半;恰好一半是否「主要」,原文没有说。",
            "「主要」의 보통 뜻은 절반보다 많은 것이다. 꼭 절반이 「主要」인지는 원문이 말하지 않는다.",
            "The plain meaning of 「主要」 is more than half; whether exactly half is 「主要」 the text does not say.",
        ),
        departs: true,
    },
    Ambiguity {
        id: "AMB-19",
        rules: &[RuleId::ART_11_B],
        scope: None,
        params: &["landEvalAnchorYear", "landEvalFullCycleYears", "landEvalUpdateCycleYears"],
        question: l(
            "3年一次的全面评价以什么为周期起点:全国统一周期还是各开发区自己的周期?",
            "3년에 한 번 하는 전면 평가의 주기는 무엇을 기점으로 하는가: 전국 통일 주기인가, 개발구마다의 주기인가?",
            "What anchors the 3-year cycle of full evaluations: a national cycle or each zone's own?",
        ),
        reading: l(
            "各开发区自己的周期:以登记册中最早的全面评价年度为起点,没有的以印发后第一个完整日历年度为起点(landEvalAnchorYear 未设定)。全面评价每3年一次,更新评价每年一次。自印发后第一个完整年度起每年都应开展评价:周期起点之前的年度至少应开展更新评价(仅有更新评价时,是否还应开展全面评价需人工判断);此前的年度不适用本意见。现有记录只满足“自起点每3年一次”与“自最近一次全面评价起3年内”两种读法之一的,需人工判断。登记册没有任何全面评价、周期按默认起点计算时,仅有更新评价的全面评价年度也需人工判断(此后开展的首次全面评价会改变起点)。",
            "개발구마다의 주기이다. 등록부에서 가장 이른 전면 평가 년도를 기점으로 하며 없으면 인쇄발행 후 첫 완전한 력년을 기점으로 한다(landEvalAnchorYear 미설정). 전면 평가는 3년에 한 번, 갱신 평가는 해마다 한다. 인쇄발행 후 첫 완전한 년도부터는 해마다 평가하여야 하므로 주기 기점 전의 년도에는 적어도 갱신 평가를 하여야 한다(갱신 평가만 있으면 전면 평가도 하여야 하였는지는 사람이 판단한다). 그 전의 년도에는 본 의견이 적용되지 않는다. 현재 기록이 ‘기점부터 3년마다’와 ‘최근 전면 평가부터 3년 안’의 두 해석 중 하나만 충족하면 사람이 판단한다. 등록부에 전면 평가가 하나도 없어 주기를 기본 기점으로 셈할 때 갱신 평가만 있는 전면 평가 년도도 사람이 판단한다(그 뒤의 첫 전면 평가가 기점을 바꾼다).",
            "Each zone's own: from the earliest full evaluation on record, or without one from the first full calendar year after issuance (landEvalAnchorYear not set). A full evaluation every 3 years, an update every year. From the first full year after issuance an evaluation is due every year: a year before the cycle's anchor owes at least an update (with only an update on record, whether a full one was also due is for a person); the years before are not covered by the opinion. Where the record meets only one of \"every 3 years from the anchor\" and \"within 3 years of the latest full evaluation\", a person decides. With no full evaluation on record at all, the cycle counts from the default anchor, and a full-evaluation year with only an update on record is for a person too (a first full evaluation done later would move the anchor).",
        ),
        alternatives: l(
            "已知全国周期年度时设定 landEvalAnchorYear;周期年数为 landEvalFullCycleYears、landEvalUpdateCycleYears。规格说明的读法:起点之前无任务。",
            "전국 주기 년도를 알면 매개변수(landEvalAnchorYear)를 설정한다. 주기 년수는 landEvalFullCycleYears, landEvalUpdateCycleYears이다. 명세서의 해석: 기점 전에는 과제가 없다.",
            "Set landEvalAnchorYear to the national cycle year when known; the cycles are landEvalFullCycleYears and landEvalUpdateCycleYears. The specification's reading: nothing due before the anchor.",
        ),
        why: l(
            "周期由全国评价工作确定;没有这一数据时,按开发区自身的起点可以检验。“一年一次更新评价”不留没有评价的年度:规格说明“起点之前无任务”的读法会让迟来的首次全面评价抹去此前缺失的年度,也会让印发前的评价使印发前的年度负有义务。",
            "주기는 전국의 평가 사업이 정한다. 그 자료가 없으면 개발구 자체의 기점으로 검사할 수 있다. “一年一次更新评价”(한해에 한번 갱신 평가)는 평가 없는 년도를 남기지 않는다. 명세서처럼 ‘기점 전에는 과제가 없다’고 읽으면 늦게 한 첫 전면 평가가 그 전에 빠진 년도를 지워버리고 인쇄발행 전의 평가가 인쇄발행 전의 년도에 의무를 지운다.",
            "The national programme sets the cycle; without that data, a per-zone anchor can be checked. 「一年一次更新评价」 leaves no year without an evaluation: the specification's \"nothing due before the anchor\" let a late first full evaluation erase the years missed before it, and an evaluation before issuance put a duty on years before issuance.",
        ),
        departs: true,
    },
    Ambiguity {
        id: "AMB-20",
        rules: &[RuleId::ART_11_E],
        scope: None,
        params: &["landGraceAnchor", "landGraceYears"],
        question: l(
            "5年过渡期自何时起算:新用途开始之日、批准之日,还是政策之日?",
            "5년 과도기간은 언제부터 기산하는가: 새 용도를 시작한 날, 비준한 날, 아니면 정책의 날인가?",
            "When does the 5-year grace start: when the new use starts, when it was approved, or on the policy's date?",
        ),
        reading: l(
            "自新用途开始之日起算(landGraceAnchor:NEW_USE_START_DATE),期限5年(landGraceYears)。",
            "새 용도를 시작한 날부터 기산하며(landGraceAnchor: NEW_USE_START_DATE) 기간은 5년이다(landGraceYears).",
            "From the start of the new use (landGraceAnchor: NEW_USE_START_DATE), for 5 years (landGraceYears).",
        ),
        alternatives: l(
            "landGraceAnchor 可取 APPROVAL_DATE(批准之日)或 ISSUE_DATE(印发之日)。",
            "매개변수(landGraceAnchor)는 APPROVAL_DATE(비준일) 또는 ISSUE_DATE(인쇄발행일)로 할 수 있다.",
            "landGraceAnchor: APPROVAL_DATE or ISSUE_DATE.",
        ),
        why: l(
            "过渡期保护的是新的经营活动;国家关于新产业新业态5年过渡期的做法也自新用途开始起算。",
            "과도기간은 새로운 경영활동을 보호한다. 새 산업에 대한 국가의 5년 과도기간 관행도 새 용도를 시작한 날부터 기산한다.",
            "The grace protects the new activity; national practice for the 5-year transition of new industries counts from the start of the new use.",
        ),
        departs: false,
    },
    Ambiguity {
        id: "AMB-21",
        rules: &[RuleId::ART_11_G],
        scope: None,
        params: &["infraFeeMixedProjectMethod"],
        question: l(
            "一个项目含多种工程(如翻建+扩建)时怎么办?",
            "한 대상에 여러 가지 공사(례: 재건축+확장건설)가 있으면 어떻게 하는가?",
            "A project with several kinds of works (e.g. 翻建 + 扩建)?",
        ),
        reading: l(
            "各部分分别计算,项目的总额按建筑面积分摊(infraFeeMixedProjectMethod:PRORATE_BY_GFA)。",
            "부분마다 따로 계산하며 대상 전체 금액은 건축면적에 따라 나눈다(infraFeeMixedProjectMethod: PRORATE_BY_GFA).",
            "Each component is priced separately, and a project-level amount is pro-rated by gross floor area (infraFeeMixedProjectMethod: PRORATE_BY_GFA).",
        ),
        alternatives: l(
            "目前没有其他方法可选。",
            "현재 다른 방법은 없다.",
            "No other method is offered yet.",
        ),
        why: l(
            "减免按工程种类规定。",
            "감면은 공사 종류별로 정해져 있다.",
            "The relief is set per kind of works.",
        ),
        departs: false,
    },
    Ambiguity {
        id: "AMB-22",
        rules: &[RuleId::ART_11_G, RuleId::ART_11_F],
        scope: None,
        params: &["halvingRequiresCapacityUpgrade"],
        question: l(
            "扩建、新建减半征收是否还须技术改造或「提质扩能」?art-11.g 是否像 art-11.f 那样要求自有土地、经批准或工业企业?",
            "확장건설·신축의 반감 징수에도 기술개조나 「提质扩能」(품질 제고·생산능력 확대)이 필요한가? art-11.g도 art-11.f처럼 자가 토지, 비준 또는 공업기업을 요구하는가?",
            "Does halving for 扩建/新建 also require technical renovation or 「提质扩能」? Does art-11.g require own land, approval or an industrial enterprise like art-11.f?",
        ),
        reading: l(
            "不要求(halvingRequiresCapacityUpgrade:false);art-11.g 适用于任何开发区企业,不要求自有土地。但工程记录为既非提质扩能也非技术改造的(isCapacityUpgrade:false),需人工判断,同时显示减半后的金额。",
            "요구하지 않는다(halvingRequiresCapacityUpgrade: false). art-11.g는 모든 개발구 기업에 적용되며 자가 토지를 요구하지 않는다. 다만 공사가 품질 제고·생산능력 확대도 기술개조도 아니라고 기록되면(isCapacityUpgrade: false) 사람이 판단하여야 하며 반감한 금액을 함께 보여 준다.",
            "No (halvingRequiresCapacityUpgrade: false); art-11.g applies to any zone enterprise, with no own-land condition. But works recorded as neither 提质扩能 nor technical renovation (isCapacityUpgrade: false) are for a person, with the halved amount shown.",
        ),
        alternatives: l(
            "halvingRequiresCapacityUpgrade:true 时,减半须提质扩能。规格说明对 isCapacityUpgrade:false 的工程也直接减半。",
            "매개변수(halvingRequiresCapacityUpgrade)를 true로 하면 반감에 품질 제고·생산능력 확대가 필요하다. 명세서는 항목(isCapacityUpgrade)이 false인 공사도 그대로 반감하였다.",
            "halvingRequiresCapacityUpgrade: true makes halving need 提质扩能. The specification halved works recorded with isCapacityUpgrade: false too.",
        ),
        why: l(
            "「技术改造」条件只附于改建、翻建;「提质扩能」在鼓励性的引语中,可能是条件,对已知不是的工程由人判断。",
            "「技术改造」 조건은 개축·재건축에만 붙어 있다. 「提质扩能」은 고무하는 머리말에 있어 조건일 수도 있으므로 그렇지 않다고 알려진 공사는 사람이 판단한다.",
            "The 「技术改造」 condition is attached only to 改建/翻建; 「提质扩能」 sits in the encouraging lead-in and may be a condition, so for works known not to be, a person decides.",
        ),
        departs: true,
    },
    Ambiguity {
        id: "AMB-23",
        rules: &[RuleId::ART_12_B],
        scope: None,
        params: &["sameLevelGovForDispatched"],
        question: l(
            "「同级人民政府」:与什么同级?",
            "「同级人民政府」(동급 인민정부): 무엇과 같은 급인가?",
            "「同级人民政府」 (the people's government at the same level): the same level as what?",
        ),
        reading: l(
            "县级人民政府(sameLevelGovForDispatched:COUNTY_LEVEL);每个派出管委会的答复都说明这一级别是须由人确认的理解。",
            "현급 인민정부이다(sameLevelGovForDispatched: COUNTY_LEVEL). 파출 관리위원회마다 답변에서 이 급별은 사람이 확인하여야 할 해석이라고 밝힌다.",
            "The county-level people's government (sameLevelGovForDispatched: COUNTY_LEVEL); every dispatched management committee's answer says the level is a reading for a person to confirm.",
        ),
        alternatives: l(
            "sameLevelGovForDispatched 可取 PREFECTURE_LEVEL(州级)。",
            "매개변수(sameLevelGovForDispatched)는 PREFECTURE_LEVEL(주급)로 할 수 있다.",
            "sameLevelGovForDispatched: PREFECTURE_LEVEL.",
        ),
        why: l(
            "管委会通常为县级(或副州级)机构;原文没有写明级别。",
            "관리위원회는 흔히 현급(또는 부주급) 기구이며 원문은 급별을 밝히지 않는다.",
            "Management committees are typically county-rank (or vice-prefecture-rank) organs; 「同级」 names no level.",
        ),
        departs: false,
    },
    Ambiguity {
        id: "AMB-24",
        rules: &[RuleId::ART_14_D],
        scope: None,
        params: &["yellowCardDuration"],
        question: l(
            "黄牌警告的措施持续多久?",
            "황패경고 조치는 얼마 동안 지속되는가?",
            "How long do the yellow-card measures last?",
        ),
        reading: l(
            "至下一年度结果公布且整改通过验收(yellowCardDuration:UNTIL_NEXT_RESULT_AND_RECTIFIED)。下一年度结果已公布、显示该开发区已不在后10位,但没有整改验收记录的,是否结束由人判断,相关限制也变为需人工判断,而不是无限期地禁止。晚于截至日期(asOf)的验收不予采用。",
            "다음 년도 결과가 공포되고 정돈이 검수될 때까지이다(yellowCardDuration: UNTIL_NEXT_RESULT_AND_RECTIFIED). 다음 년도 결과가 공포되여 개발구가 하위 10위를 벗어났으나 정돈 검수 기록이 없으면 끝났는지는 사람이 판단하며 관련 제한도 무기한 금지가 아니라 사람의 판단 필요가 된다. 기준일(asOf) 뒤의 검수는 쓰지 않는다.",
            "Until the next year's results are published and the rectification is accepted (yellowCardDuration: UNTIL_NEXT_RESULT_AND_RECTIFIED). When the next results are out and show the zone out of the bottom 10 but no acceptance is recorded, whether the card has ended is for a person, and the bars become for a person instead of an indefinite no. An acceptance dated after asOf is not used.",
        ),
        alternatives: l(
            "yellowCardDuration 可取 UNTIL_NEXT_RESULT(至下一年度结果公布)。规格说明认为没有验收记录的黄牌永不结束。",
            "매개변수(yellowCardDuration)는 UNTIL_NEXT_RESULT(다음 년도 결과 공포 시까지)로 할 수 있다. 명세서는 검수 기록이 없으면 황패경고가 끝나지 않는다고 보았다.",
            "yellowCardDuration: UNTIL_NEXT_RESULT. The specification let a card without a recorded acceptance never end.",
        ),
        why: l(
            "「限期整改」意味着整改后解除,一年一度的排名意味着以年为周期;缺少记录只是缺少信息。",
            "「限期整改」(기한내 정돈)은 정돈하면 해제된다는 뜻이고 해마다의 순위는 한 해를 주기로 한다는 뜻이다. 기록이 없는 것은 정보가 없는 것일 뿐이다.",
            "「限期整改」 implies lifting on rectification, and a yearly ranking a yearly cycle; a missing record is missing information.",
        ),
        departs: true,
    },
    Ambiguity {
        id: "AMB-25",
        rules: &[
            RuleId::ART_14_C,
            RuleId::ART_14_D,
            RuleId::ART_14_E,
            RuleId::ART_14_F,
            RuleId::ART_14_H,
            RuleId::ART_15_A,
        ],
        scope: None,
        params: &[
            "retroactiveYearsForSanctions",
            "firstCountedYearRule",
            "retroactiveYearsForRewards",
        ],
        question: l(
            "印发之前的考评年度是否计入?",
            "인쇄발행 전의 심사평가 년도도 계산에 넣는가?",
            "Do assessment years before issuance count?",
        ),
        reading: l(
            "处罚不计入(retroactiveYearsForSanctions:false;首个计入年度按 firstCountedYearRule,为印发后第一个完整年度)。认定本身也不追溯:该年度之前,art-15.a 和 art-14.h 答复不适用。奖励可以计入(retroactiveYearsForRewards:true)。",
            "제재에는 넣지 않는다(retroactiveYearsForSanctions: false. 처음 계산하는 년도는 firstCountedYearRule에 따라 인쇄발행 후 첫 완전한 년도이다). 판정 자체도 소급하지 않으므로 그 년도 전에는 art-15.a와 art-14.h가 적용되지 않는다고 답한다. 장려에는 넣을 수 있다(retroactiveYearsForRewards: true).",
            "Not for sanctions (retroactiveYearsForSanctions: false; the first counted year follows firstCountedYearRule, the first full year after issuance). The findings do not reach back either: before that year art-15.a and art-14.h answer not applicable. Rewards may count them (retroactiveYearsForRewards: true).",
        ),
        alternatives: l(
            "retroactiveYearsForSanctions:true;firstCountedYearRule 可取 ISSUE_YEAR(印发当年);retroactiveYearsForRewards:false。规格说明只对处罚窗口不追溯,认定本身仍可追溯。",
            "매개변수(retroactiveYearsForSanctions)를 true로, 매개변수(firstCountedYearRule)를 ISSUE_YEAR(인쇄발행 당해 년도)로, 매개변수(retroactiveYearsForRewards)를 false로 할 수 있다. 명세서는 제재 기간만 소급하지 않고 판정 자체는 소급하였다.",
            "retroactiveYearsForSanctions: true; firstCountedYearRule: ISSUE_YEAR; retroactiveYearsForRewards: false. The specification kept only the sanction windows from reaching back, not the findings themselves.",
        ),
        why: l(
            "法不溯及既往适用于负担,认定也是负担;有利的溯及是允许的。",
            "법은 지난 일에 소급하지 않는다는 원칙은 부담에 적용되며 판정도 부담이다. 유리한 소급은 허용된다.",
            "Non-retroactivity (法不溯及既往) applies to burdens, and a finding is a burden too; beneficial retroactivity is allowed.",
        ),
        departs: true,
    },
    Ambiguity {
        id: "AMB-26",
        rules: &[
            RuleId::ART_14_C,
            RuleId::ART_14_D,
            RuleId::ART_14_E,
            RuleId::ART_14_F,
            RuleId::ART_14_H,
            RuleId::ART_15_A,
        ],
        scope: None,
        params: &["disqualifiedYearInTopStreak", "disqualifiedYearInBottomWindow"],
        question: l(
            "被取消考评资格的年度怎样计算?",
            "심사평가 자격이 취소된 해는 어떻게 계산하는가?",
            "How does a year in which the zone was disqualified count?",
        ),
        reading: l(
            "只有省里当年的考评记录写明取消资格(disqualified),该年度才算被取消资格;州自己的认定(art-14.h、art-15.a)不改写名次,缺少记录也不算。这样的年度中断「靠前」的连续(disqualifiedYearInTopStreak:BREAKS_STREAK)。在「3年中有2年」的窗口中或作为黄牌年度,它是否算排名居后由人判断(disqualifiedYearInBottomWindow:NEEDS_HUMAN)。",
            "성의 그해 심사평가 기록에 자격 취소(disqualified)가 적혀 있을 때에만 그해를 자격이 취소된 해로 본다. 주 자체의 판정(art-14.h, art-15.a)은 순위를 고치지 않으며 기록이 없는 것도 자격 취소가 아니다. 이런 해는 앞자리의 련속을 끊는다(disqualifiedYearInTopStreak: BREAKS_STREAK). 「3年中有2年」 기간에서나 황패경고의 해로서 하위로 세는지는 사람이 판단한다(disqualifiedYearInBottomWindow: NEEDS_HUMAN).",
            "A year is disqualified only when the province's record of that year says so (disqualified); the prefecture's own findings (art-14.h, art-15.a) never rewrite a rank, and a missing record is not a disqualification. Such a year breaks a top streak (disqualifiedYearInTopStreak: BREAKS_STREAK). Whether it counts as a bottom year, in a 2-of-3 window or as a yellow-card year, is for a person (disqualifiedYearInBottomWindow: NEEDS_HUMAN).",
        ),
        alternatives: l(
            "disqualifiedYearInBottomWindow 可取 COUNTS_AS_BOTTOM(视为排名居后,规格说明的默认;仅因此类年度触发的处罚仍会注明)或 SKIP(不计)。",
            "매개변수(disqualifiedYearInBottomWindow)는 COUNTS_AS_BOTTOM(하위로 간주: 명세서의 기본이며 이런 해 때문에만 발동된 제재는 그렇다고 밝힌다) 또는 SKIP(불산입)로 할 수 있다.",
            "disqualifiedYearInBottomWindow: COUNTS_AS_BOTTOM (the specification's default; a sanction triggered only through such a year still says so) or SKIP.",
        ),
        why: l(
            "原文对「3年中有2年…排名后10位」中被取消资格的年度未置一词;规格说明自己也承认其默认比字面更严,须由政策制定者确认。排名是省里的,州不能重新排名。",
            "원문은 「3年中有2年…排名后10位」에서 자격이 취소된 해에 대하여 아무 말도 하지 않는다. 명세서 자체도 그 기본 해석이 글자보다 엄하므로 정책 제정자가 확인하여야 한다고 하였다. 순위는 성의 것이며 주가 다시 매길 수 없다.",
            "The text says nothing of disqualified years in 「3年中有2年…排名后10位」; the specification itself called its default harsher than the literal text and asked policy owners to confirm it. The ranking is the province's; the prefecture cannot re-rank.",
        ),
        departs: true,
    },
    Ambiguity {
        id: "AMB-27",
        rules: &[RuleId::ART_14_H],
        scope: None,
        params: &["falsificationYearBasis"],
        question: l(
            "「当年」指虚假数据所属的年度,还是发现的年度?",
            "「当年」은 허위 수치가 속한 해인가, 발견한 해인가?",
            "「当年」: the year the falsified data relate to, or the year of discovery?",
        ),
        reading: l(
            "数据所属年度(falsificationYearBasis:DATA_YEAR)。SDK不重新发布省里的结果:答复说明省里可能重新发布(需人工判断),在录入重新发布的记录之前名次不变;省里已对该年度排名的,答复说明该认定未反映在排名中。",
            "수치가 속한 해이다(falsificationYearBasis: DATA_YEAR). SDK는 성의 결과를 다시 발표하지 않는다. 답변은 성이 다시 발표할 수 있다고 밝히며(사람의 판단 필요) 다시 발표한 기록을 입력하기 전에는 순위가 그대로이다. 성이 그해 순위를 이미 매겼으면 이 판정이 순위에 반영되지 않았다고 밝힌다.",
            "The data year (falsificationYearBasis: DATA_YEAR). The SDK does not re-issue the province's results: the answer says the province may (for a person), and the rank stands until a re-issued record is entered; where the province ranked the year anyway, the answer says the finding is not reflected in the ranking.",
        ),
        alternatives: l(
            "falsificationYearBasis 可取 FINDING_YEAR(发现年度)。规格说明认为该年度结果应重新发布、由此产生的奖惩重新计算。",
            "매개변수(falsificationYearBasis)는 FINDING_YEAR(발견한 해)로 할 수 있다. 명세서는 그해 결과를 다시 발표하고 그에 따른 장려와 제재를 다시 계산한다고 보았다.",
            "falsificationYearBasis: FINDING_YEAR. The specification had the year's results re-issued and the rewards and sanctions derived from them recomputed.",
        ),
        why: l(
            "取消资格附着于使用了虚假数据的那次考评;重新发布是省里的行为,不是州或SDK的。",
            "자격 취소는 허위 수치를 쓴 그 심사평가에 붙는다. 다시 발표하는 것은 성의 행위이지 주나 SDK의 행위가 아니다.",
            "The disqualification attaches to the assessment that used the false data; re-issuing is the province's act, not the prefecture's or the SDK's.",
        ),
        departs: true,
    },
    Ambiguity {
        id: "AMB-28",
        rules: &[RuleId::ART_15_A],
        scope: None,
        params: &["envDisqualYearRule"],
        question: l(
            "哪些环保基础设施是「按规定」必须建设的?逾期完成时「当年」是哪一年?",
            "어떤 환경보호 기초시설을 「按规定」 건설하여야 하는가? 늦게 완료하면 「当年」은 어느 해인가?",
            "Which environmental infrastructure is required 「按规定」? Which year is 「当年」 when completion is late?",
        ),
        reading: l(
            "必建项目及其期限是外部输入(登记册的 envInfra)。「当年」是未按时完成的年度:未在期限日完成的项目影响其期限所在年度(即使当年晚些时候完成);只有到以后某年年末(或进行中年度的截至日)仍未完成,才影响该年。次年才完成的,只影响期限所在年度(envDisqualYearRule)。",
            "건설하여야 할 항목과 그 기한은 외부 입력(등록부의 envInfra)이다. 「当年」은 제때 완료하지 못한 해이다. 기한일까지 완료하지 못한 항목은 기한이 든 해에 해당하며(그해 늦게 완료하여도) 뒤의 해에는 그해 말(진행 중인 해는 기준일)까지 여전히 완료하지 못한 경우에만 해당한다. 다음 해에 완료하면 기한이 든 해에만 해당한다(envDisqualYearRule).",
            "The required items and their due dates are external inputs (the register's envInfra). 「当年」 is the year of the failure: an item not finished by its due day hits its due year (even if finished later that year); it hits a later year only while still unfinished at that year's end (or on asOf, for a year in progress). An item finished in the year after its due year hits the due year alone (envDisqualYearRule).",
        ),
        alternatives: l(
            "规格说明的理解是:凡到期未完成且在某年中仍未完成的年份都受影响(2020年到期、2021年3月完成的项目影响2020和2021两年);未作为参数提供。",
            "명세서는 기한이 지나도록 완료하지 못하고 어느 해 안에 여전히 미완료인 해를 모두 해당한다고 보았다(2020년이 기한이고 2021년 3월에 완료한 항목은 2020년과 2021년에 해당). 이 해석은 매개변수로 제공하지 않는다.",
            "The specification hit every year in which an overdue item was still unfinished at some point (an item due 2020 finished in March 2021 hit 2020 and 2021); that reading is not offered as a parameter.",
        ),
        why: l(
            "「取消当年…资格」只说一个年度,即未「按时」完成的那年;把完成工程的那年也列入,是在惩罚完成。仍未完成的项目每年都继续受限。",
            "「取消当年…资格」은 한 해, 곧 「按时」 완료하지 못한 해만 말한다. 공사를 완료한 해까지 넣는 것은 완료를 처벌하는 것이다. 완료하지 못한 항목은 해마다 계속 제한된다.",
            "「取消当年…资格」 names one year, the year it was not done 「按时」; barring the year in which the zone finished the work punishes completion. Unfinished items keep barring every year they stay unfinished.",
        ),
        departs: true,
    },
    Ambiguity {
        id: "AMB-29",
        rules: &[RuleId::ART_01_A],
        scope: Some(l(
            "各条款的责任单位名单",
            "각 조항의 책임단위 명단",
            "every clause's list of responsible units (责任单位)",
        )),
        params: &[],
        question: l(
            "责任单位中谁牵头、谁配合?",
            "책임단위 중 누가 주관하고 누가 협조하는가?",
            "Which responsible unit leads (牵头) and which assist?",
        ),
        reading: l(
            "名单中首列的州直部门推定牵头,其余配合;县(市)政府在本辖区内负责。这只作为元数据显示(role:PRESUMED_LEAD,presumedLead:true),不是法律认定。",
            "명단에서 첫째로 렬거된 주 직속 부문을 주관으로 추정하며 나머지는 협조한다. 현(시) 정부는 자기 관할구역에서 책임진다. 이는 메타자료로만 표시하며(role: PRESUMED_LEAD, presumedLead: true) 법적 판정이 아니다.",
            "The first-listed prefecture agency is the presumed lead and the others assist; a county government answers within its own territory. This is shown as metadata only (role: PRESUMED_LEAD, presumedLead: true), never as a legal finding.",
        ),
        alternatives: l(
            "无参数:每个承担者都有自己的义务实例,只有其自己的行为才能完成。",
            "매개변수가 없다. 담당 주체마다 자기 의무가 있으며 자기 행위로만 완료된다.",
            "No parameter: each bearer has its own instance of a duty, met only by its own act.",
        ),
        why: l(
            "这是中国任务分工名单的常见惯例,但本文件没有写明。",
            "이는 중국의 임무 분공 명단에서 흔한 관례이나 본 문건에는 적혀 있지 않다.",
            "A common convention of Chinese task-allocation lists, but not stated in this document.",
        ),
        departs: false,
    },
    Ambiguity {
        id: "AMB-30",
        rules: &[RuleId::PRE_B],
        scope: Some(l(
            "县(市)类义务的承担者",
            "현(시)이 지는 의무의 담당 주체",
            "who bears the county-type duties",
        )),
        params: &["includeYltNewArea"],
        question: l(
            "延龙图新区(文件的主送单位之一)是否承担县(市)类义务?",
            "연룡도신구(문건의 주송 단위의 하나)는 현(시)이 지는 의무를 지는가?",
            "Does 延龙图新区 (Yanlongtu New Area, an addressee) bear county-type duties?",
        ),
        reading: l(
            "不承担(includeYltNewArea:false)。",
            "지지 않는다(includeYltNewArea: false).",
            "No (includeYltNewArea: false).",
        ),
        alternatives: l(
            "includeYltNewArea:true 时,延龙图新区承担每一项县(市)类义务。",
            "매개변수(includeYltNewArea)를 true로 하면 연룡도신구가 현(시)의 모든 의무를 진다.",
            "includeYltNewArea: true makes it bear every county-type duty.",
        ),
        why: l(
            "它不在任何责任单位名单中,也不在「各县(市)」之中。",
            "그것은 어느 책임단위 명단에도, 「各县(市)」에도 없다.",
            "It is absent from every list of responsible units and from 「各县(市)」.",
        ),
        departs: false,
    },
    Ambiguity {
        id: "AMB-31",
        rules: &[RuleId::ART_16_B, RuleId::ART_18_A],
        scope: None,
        params: &["meetingsRequireSpread", "meetingsFirstYearRule"],
        question: l(
            "「定期」:会议是否须分布在全年?第一个(不完整的)年度是否计入?",
            "「定期」: 회의를 한 해에 고루 나누어 열어야 하는가? 첫(완전하지 않은) 해도 계산하는가?",
            "「定期」 (regularly): must the meetings be spread over the year? Does the first, partial year count?",
        ),
        reading: l(
            "不要求分布(meetingsRequireSpread:false)。义务自印发后第一个完整日历年度开始(meetingsFirstYearRule:FIRST_FULL_CALENDAR_YEAR)。",
            "고루 나누기를 요구하지 않는다(meetingsRequireSpread: false). 의무는 인쇄발행 후 첫 완전한 력년부터 시작된다(meetingsFirstYearRule: FIRST_FULL_CALENDAR_YEAR).",
            "No spread is required (meetingsRequireSpread: false). The duty starts with the first full calendar year after issuance (meetingsFirstYearRule: FIRST_FULL_CALENDAR_YEAR).",
        ),
        alternatives: l(
            "meetingsRequireSpread:true 要求上下半年各至少一次;meetingsFirstYearRule 可取 ISSUE_YEAR(印发当年)。",
            "매개변수(meetingsRequireSpread)를 true로 하면 상·하반기에 각각 한 번 이상을 요구한다. 매개변수(meetingsFirstYearRule)는 ISSUE_YEAR(인쇄발행 당해 년도)로 할 수 있다.",
            "meetingsRequireSpread: true requires at least one meeting in each half-year; meetingsFirstYearRule: ISSUE_YEAR.",
        ),
        why: l(
            "字面上的最低要求是每年2次以上;不完整的年度不能公平地要求2次。",
            "글자 그대로의 최소 요구는 해마다 2회 이상이다. 완전하지 않은 해에 2회를 요구하는 것은 공평하지 않다.",
            "The literal minimum is at least 2 a year; a partial year cannot fairly require 2.",
        ),
        departs: false,
    },
    Ambiguity {
        id: "AMB-32",
        rules: &[RuleId::PRE_A],
        scope: None,
        params: &[],
        question: l(
            "「含经济合作区、工业集中区、综合保税区、文化旅游区」中的列举是否穷尽?",
            "「含经济合作区、工业集中区、综合保税区、文化旅游区」의 렬거는 빠짐없는 것인가?",
            "Is the list in 「含经济合作区、工业集中区、综合保税区、文化旅游区」 exhaustive?",
        ),
        reading: l(
            "不穷尽,只是举例:经济开发区、高新区以及所列的空港、边境等开发区都在范围内;工业集中区级别的开发区也在范围内。单独的特色或合作园区、级别为其他的开发区不在范围内;级别不明的由人判断。",
            "빠짐없는 것이 아니라 례를 든 것이다. 경제개발구, 고신구 및 렬거된 공항·변경 등 개발구가 범위에 들며 공업집중구 급별의 개발구도 범위에 든다. 단독 특색단지나 합작단지, 급별이 기타인 개발구는 범위 밖이며 급별이 불명하면 사람이 판단한다.",
            "No, it is illustrative: economic-development and high-tech zones are in scope, and so are the named airport and border zones, and zones of the industrial-concentration level. A standalone specialty or cooperation park, or a zone of another level, is out of scope; with an unknown level a person decides.",
        ),
        alternatives: l(
            "无参数。",
            "매개변수가 없다.",
            "No parameter.",
        ),
        why: l(
            "「含」意为包括;art-12.b 点名了列举之外的开发区类型;原文点名了工业集中区。",
            "「含」은 포함한다는 뜻이다. art-12.b는 렬거 밖의 개발구 류형을 든다. 원문은 공업집중구를 명시한다.",
            "「含」 means includes; art-12.b names zone types outside the list, and the text names 工业集中区.",
        ),
        departs: false,
    },
    Ambiguity {
        id: "AMB-33",
        rules: &[RuleId::ART_01_A, RuleId::ART_01_B],
        scope: None,
        params: &[],
        question: l(
            "总体规划的编制、规划修编的启动有没有期限?",
            "총체계획의 편성과 계획 수정편성의 가동에 기한이 있는가?",
            "Is there a deadline for the master plan, or for starting the plan revision?",
        ),
        reading: l(
            "没有:两者都是没有期限的待办事项,直到记录为完成;从不显示为逾期。",
            "없다. 둘 다 기한이 없는 미결 항목이며 완료로 기록될 때까지 남아 있고 기한 경과로 표시되지 않는다.",
            "None: both are open items without a due date until recorded as done, never overdue.",
        ),
        alternatives: l(
            "规格说明提出可通过配置绑定第十八条的期限;SDK未提供该配置。",
            "명세서는 설정으로 제18조의 기한에 묶을 수 있다고 하였으나 SDK는 그런 설정을 제공하지 않는다.",
            "The specification suggested optionally binding them to the art-18.c date by configuration; the SDK offers no such setting.",
        ),
        why: l(
            "原文没有规定。",
            "원문에 규정이 없다.",
            "The text is silent.",
        ),
        departs: false,
    },
    Ambiguity {
        id: "AMB-34",
        rules: &[RuleId::ART_04_B],
        scope: None,
        params: &[],
        question: l(
            "利益补偿机制:在谁之间?按什么公式?",
            "리익보상기제: 누구 사이인가? 어떤 공식에 따르는가?",
            "The benefit-compensation mechanism: between whom, and by what formula?",
        ),
        reading: l(
            "作为有关开发区、县(市)之间的协议;没有公式,该规则是待办事项,不作计算。",
            "관련 개발구, 현(시) 사이의 협의로 본다. 공식이 없으므로 이 규칙은 미결 항목이며 계산하지 않는다.",
            "An agreement between the zones or counties concerned; there is no formula, so the rule is an open item and is not computed.",
        ),
        alternatives: l(
            "无参数。",
            "매개변수가 없다.",
            "No parameter.",
        ),
        why: l(
            "原文没有规定。",
            "원문에 규정이 없다.",
            "The text is silent.",
        ),
        departs: false,
    },
    Ambiguity {
        id: "AMB-35",
        rules: &[RuleId::ART_04_D],
        scope: None,
        params: &[],
        question: l(
            "公职人员能否获得奖励?什么算「到位资金」(开发区自有资金、政府资金、贷款)?",
            "공무원도 장려를 받을 수 있는가? 무엇을 「到位资金」(도착자금)으로 보는가(개발구 자체 자금, 정부 자금, 대출)?",
            "Are public employees eligible? What counts as 「到位资金」 (the zone's own or government money, loans)?",
        ),
        reading: l(
            "原文没有排除公职人员;受奖人是公务员的,答复需人工判断(国家纪律规定可能限制)。到位资金按输入(fundsInPlace)计算,应为投资方实际缴付的投资,不含政府对项目的补贴;SDK不区分资金来源。",
            "원문은 공무원을 배제하지 않는다. 장려를 받는 사람이 공무원이면 사람이 판단하여야 한다고 답한다(국가 규률 규정이 제한할 수 있다). 도착자금은 입력(fundsInPlace)에 따라 계산하며 투자측이 실제로 낸 투자이고 정부가 대상에 준 보조금은 포함하지 않아야 한다. SDK는 자금의 출처를 가리지 않는다.",
            "The text excludes no one; when the recipient is a civil servant the answer is for a person (national discipline rules may limit it). Funds in place are taken from the input (fundsInPlace): investment actually paid in from the investor side, without government subsidies to the project; the SDK does not tell sources apart.",
        ),
        alternatives: l(
            "无参数。",
            "매개변수가 없다.",
            "No parameter.",
        ),
        why: l(
            "与吸引外部资本的目的一致;对公务员的奖励可能受国家纪律规定限制。",
            "외부 자본을 끌어들이는 목적과 맞는다. 공무원에 대한 장려는 국가 규률 규정의 제한을 받을 수 있다.",
            "It fits the purpose (attracting outside capital); rewards to civil servants may be limited by national discipline rules.",
        ),
        departs: false,
    },
    Ambiguity {
        id: "AMB-36",
        rules: &[RuleId::ART_09_F],
        scope: None,
        params: &[],
        question: l(
            "对州派出管理的开发区,「所在地党委、政府」指谁?",
            "주의 파출기구가 관리하는 개발구에서 「所在地党委、政府」(소재지 당위와 정부)는 누구인가?",
            "For the prefecture-dispatched zones, who is 「所在地党委、政府」 (the locality's party committee and government)?",
        ),
        reading: l(
            "本规则核查人事和薪酬制度改革方案:须经党委和政府双方审核批准后执行——县(市)管理的开发区为县(市)党委、政府,州派出管理的开发区为州委、州政府。由另一级批准的,或由省或其他机构管理的开发区,由人判断。",
            "이 규칙은 인사 및 보수 제도 개혁 방안을 검사한다. 당위와 정부 쌍방의 심사비준을 거친 뒤에 집행하여야 하며 현(시)이 관리하는 개발구는 현(시) 당위와 정부, 주의 파출기구가 관리하는 개발구는 주당위와 주정부이다. 다른 급이 비준하였거나 성 또는 다른 기구가 관리하는 개발구는 사람이 판단한다.",
            "The rule checks the HR and pay reform plan: executed only after both the party committee and the government approved it — the county's for a county-managed zone, the prefecture's for a dispatched one. An approval by another level, or a zone managed by the province or another body, is for a person.",
        ),
        alternatives: l(
            "无参数。规格说明将本条理解为干部任命的审批。",
            "매개변수가 없다. 명세서는 이 조항을 간부 임명의 심사비준으로 보았다.",
            "No parameter. The specification read the clause as the approval of appointments.",
        ),
        why: l(
            "派出机构的主体是州委、州政府(art-12.b);但「所在地」按字面是县,所以两种理解都不默默适用。",
            "파출기구의 주체는 주당위와 주정부이다(art-12.b). 그러나 「所在地」는 글자 그대로 현이므로 어느 해석도 말없이 적용하지 않는다.",
            "The prefecture is the principal of its dispatched organs (art-12.b), but 「所在地」 read literally is the county, so neither reading is applied silently.",
        ),
        departs: true,
    },
    Ambiguity {
        id: "AMB-37",
        rules: &[RuleId::ART_14_C, RuleId::ART_14_E, RuleId::ART_14_F],
        scope: None,
        params: &[],
        question: l(
            "哪些领导人员受益或被问责:计入年度在任的,还是作出决定时在任的?",
            "어느 령도 인원이 혜택을 받거나 문책되는가: 계산하는 해에 재임한 사람인가, 결정할 때 재임한 사람인가?",
            "Which leaders benefit or are held accountable: those in office in the counted years, or those in office at the decision?",
        ),
        reading: l(
            "计入年度(每个排名居后或靠前的年度)在任的人员。登记册不记载领导人员,所以 art-14.c 符合条件的答复和 art-14.e、art-14.f 触发的答复都注明人选须由人确定。",
            "계산하는 해(하위나 앞자리인 해마다)에 재임한 사람이다. 등록부에 령도 인원이 없으므로 art-14.c의 조건 충족 답변과 art-14.e, art-14.f의 발동 답변은 모두 그 인선을 사람이 정하여야 한다고 밝힌다.",
            "Those in office in the counted years (each bottom or top year). The register holds no leaders, so every eligible art-14.c answer and every triggered art-14.e and art-14.f answer says a person must determine who they are.",
        ),
        alternatives: l(
            "无参数。",
            "매개변수가 없다.",
            "No parameter.",
        ),
        why: l(
            "问责跟随行为,而非职位。",
            "문책은 자리가 아니라 행위를 따른다.",
            "Accountability follows the conduct, not the seat.",
        ),
        departs: false,
    },
    Ambiguity {
        id: "AMB-38",
        rules: &[RuleId::ART_14_F, RuleId::ART_02_D],
        scope: None,
        params: &["reapplyBanYears"],
        question: l(
            "3年内「不得重新申报」是否也禁止通过 art-02.d(工业集中区升级)或以其他名义申报?",
            "3년 내 「不得重新申报」(다시 신청할 수 없다)는 art-02.d(공업집중구 승격)나 다른 이름으로 하는 신청도 막는가?",
            "Does the 3-year 「不得重新申报」 also bar applying through art-02.d (an upgrade) or under another name?",
        ),
        reading: l(
            "禁止约束被撤销的开发区本身(3年,reapplyBanYears)。县内另一开发区的申报是否覆盖实质相同的区域,由人判断。只有记录为依第十四条撤销(REVOCATION_14F)的才产生禁止;未记录理由的由人判断;因有名无实、整合等理由撤销的不产生禁止。",
            "금지는 철회된 개발구 자체를 구속한다(3년, reapplyBanYears). 현 안의 다른 개발구의 신청이 실질적으로 같은 구역을 포함하는지는 사람이 판단한다. 제14조에 따른 철회(REVOCATION_14F)로 기록된 것만 금지를 낳으며 사유가 기록되지 않았으면 사람이 판단하고 유명무실, 통합 등의 사유로 철회된 것은 금지를 낳지 않는다.",
            "The ban binds the revoked zone itself (for 3 years, reapplyBanYears). Whether another zone's application in the county covers substantially the same area is for a person. Only a revocation recorded as under art-14.f (REVOCATION_14F) carries the ban; one without a recorded ground is for a person; revocations as nominal, by merger or on other grounds carry none.",
        ),
        alternatives: l(
            "规格说明的理解是:凡覆盖实质相同区域的省级申报在禁止期内都被禁止,实际上等于禁止该县的每个工业集中区;未作为参数提供。",
            "명세서는 실질적으로 같은 구역을 포함하는 성급 신청은 금지 기간에 모두 막는다고 보았는데 이는 사실상 그 현의 모든 공업집중구를 막는 것이다. 이 해석은 매개변수로 제공하지 않는다.",
            "The specification barred any application for provincial status covering substantially the same area — in effect every industrial concentration zone of the county; that reading is not offered as a parameter.",
        ),
        why: l(
            "「3年内不得重新申报」只随第十四条的撤销而来,约束被撤销的对象;登记册没有可比较的区域范围。",
            "「3年内不得重新申报」은 제14조에 따른 철회에만 따르며 철회된 대상을 구속한다. 등록부에는 비교할 구역 범위가 없다.",
            "「3年内不得重新申报」 follows only the art-14.f revocation and binds what was revoked; the register holds no areas to compare.",
        ),
        departs: true,
    },
    Ambiguity {
        id: "AMB-39",
        rules: &[RuleId::ART_17_B],
        scope: None,
        params: &[],
        question: l(
            "例外只涵盖须上缴省和国家的款项,州和县的份额怎么办?",
            "례외는 성과 국가에 상납하여야 할 금액만 포함한다. 주와 현의 몫은 어떻게 하는가?",
            "The exception covers only amounts owed to the province and the state. What about the prefecture's and the county's shares?",
        ),
        reading: l(
            "留给开发区管理和使用。",
            "개발구가 관리·사용한다.",
            "They stay with the zone.",
        ),
        alternatives: l(
            "无参数。",
            "매개변수가 없다.",
            "No parameter.",
        ),
        why: l(
            "字面理解。",
            "글자 그대로의 해석이다.",
            "The literal reading.",
        ),
        departs: false,
    },
    Ambiguity {
        id: "AMB-40",
        rules: &[RuleId::ART_17_D],
        scope: None,
        params: &[],
        question: l(
            "「倾斜」:倾斜多少?",
            "「倾斜」(기울이다): 얼마나 기울이는가?",
            "「倾斜」 (tilt toward zones): how much?",
        ),
        reading: l(
            "不量化:只报告开发区项目所获资金的份额这一指标。唯一的硬性规则是「同等条件下…优先」的平局规则(分数按 scoreDecimals 位比较)。",
            "량적으로 정하지 않으며 개발구 대상이 받은 자금의 몫이라는 지표만 보고한다. 유일한 엄격한 규칙은 「同等条件下…优先」이라는 동점 규칙이다(점수는 scoreDecimals 자리까지 비교).",
            "Not quantified: only the indicator, the zone projects' share of the awards, is reported. The one hard rule is the tie-break 「同等条件下…优先」 (scores compared to scoreDecimals places).",
        ),
        alternatives: l(
            "无参数。",
            "매개변수가 없다.",
            "No parameter.",
        ),
        why: l(
            "原文没有数字。",
            "원문에 수자가 없다.",
            "The text gives no number.",
        ),
        departs: false,
    },
    Ambiguity {
        id: "AMB-41",
        rules: &[RuleId::ART_18_C],
        scope: None,
        params: &[],
        question: l(
            "「研究制定」:期限是以措施正式制定、提交草案,还是向领导小组报告为准?",
            "「研究制定」: 기한은 조치를 정식으로 제정한 것, 초안을 제출한 것, 아니면 령도소조에 보고한 것으로 지키는가?",
            "「研究制定」: is the deadline met by adopting the measures, by submitting a draft, or by reporting them to the Leading Group?",
        ),
        reading: l(
            "以承担单位正式制定或印发落实措施为准(adoptedDate)。",
            "담당 단위가 락착조치를 정식으로 제정하거나 인쇄발행한 것으로 본다(adoptedDate).",
            "By the bearer's formal adoption or issuance of the measures (adoptedDate).",
        ),
        alternatives: l(
            "无参数:调用方按这一含义给出 adoptedDate。",
            "매개변수가 없다. 호출측은 이 뜻에 따라 항목(adoptedDate)을 준다.",
            "No parameter: the caller gives adoptedDate in this sense.",
        ),
        why: l(
            "「制定」即拟定并通过。",
            "「制定」은 작성하여 채택한다는 뜻이다.",
            "「制定」 means formulate and adopt.",
        ),
        departs: false,
    },
    Ambiguity {
        id: "AMB-42",
        rules: &[RuleId::ART_14_D],
        scope: None,
        params: &["rectificationDeadlineDays"],
        question: l(
            "「限期整改」:期限多长?",
            "「限期整改」(기한내 정돈): 기한은 얼마인가?",
            "「限期整改」 (rectify within a time limit): what period?",
        ),
        reading: l(
            "期限在每份通知中规定,没有默认值。设定 rectificationDeadlineDays 时,黄牌答复给出整改期限(结果公布日加天数),每个被警告的开发区有一项带日期的整改义务(义务清单、日历、报告);未设定时,该义务的期限和状态不明,从不显示为逾期;有验收记录而不知期限的,视为完成,不判断是否按时。",
            "기한은 통지마다 정하며 기본값이 없다. 매개변수(rectificationDeadlineDays)를 설정하면 황패경고 답변이 정돈 기한(결과 공포일에 날수를 더한 날)을 주고 경고를 받은 개발구마다 날자가 있는 정돈 의무가 생긴다(의무 목록, 일정표, 보고서). 설정하지 않으면 그 의무의 기한과 상태를 알 수 없으며 기한 경과로 표시하지 않는다. 검수 기록은 있으나 기한을 모르면 완료로 보고 제때인지는 판단하지 않는다.",
            "Set in each notice; no default. With rectificationDeadlineDays set, a yellow-card answer gives the rectification deadline (the results' publication date plus the days) and each carded zone owes a dated rectification duty (obligations, calendar, report); without it that duty's due date and status are unknown, never overdue, and an acceptance on record is done without judging its timeliness.",
        ),
        alternatives: l(
            "按每份通知设定 rectificationDeadlineDays。",
            "통지마다 매개변수(rectificationDeadlineDays)를 설정한다.",
            "Set rectificationDeadlineDays per notice.",
        ),
        why: l(
            "原文没有规定;不知道期限的义务不能算迟延。",
            "원문에 규정이 없다. 기한을 모르는 의무는 늦었다고 할 수 없다.",
            "The text is silent; a duty with no known due date cannot be late.",
        ),
        departs: true,
    },
    Ambiguity {
        id: "AMB-43",
        rules: &[RuleId::ART_14_F, RuleId::ART_02_B],
        scope: None,
        params: &[],
        question: l(
            "州能否自行撤销省级开发区?",
            "주가 스스로 성급 개발구를 철회할 수 있는가?",
            "Can the prefecture itself revoke a provincial zone?",
        ),
        reading: l(
            "不能。答复给出「按省规定予以撤销」这一须提出或执行的步骤(REVOCATION_PER_PROVINCIAL_RULES),由省里决定;生效日期以省里的决定为准。",
            "할 수 없다. 답변은 「按省规定予以撤销」를 제안하거나 집행하여야 할 절차(REVOCATION_PER_PROVINCIAL_RULES)로 주며 성이 결정한다. 발효일은 성의 결정에 따른다.",
            "No. The answer gives 「按省规定予以撤销」 as a step to propose or carry out (REVOCATION_PER_PROVINCIAL_RULES), decided by the province; the effective date comes from the provincial decision.",
        ),
        alternatives: l(
            "无参数。",
            "매개변수가 없다.",
            "No parameter.",
        ),
        why: l(
            "原文说「按省规定」;省级开发区由省政府批准设立。",
            "원문은 「按省规定」이라고 한다. 성급 개발구는 성정부가 비준하여 설립한다.",
            "The text says 「按省规定」; provincial zones are approved by the provincial government.",
        ),
        departs: false,
    },
];

/// Every entry has an `AMB-` id, no id is given twice, and every text has words in every
/// language: checked at compile time, so an entry cannot be added without its three languages.
const fn register_is_sound(entries: &[Ambiguity]) -> bool {
    let mut rest = entries;
    while let [first, tail @ ..] = rest {
        let labels = [first.question, first.reading, first.alternatives, first.why];
        let mut texts: &[Label] = &labels;
        while let [l, more @ ..] = texts {
            if !crate::words::has_text(l.zh)
                || !crate::words::has_text(l.ko)
                || !crate::words::has_text(l.en)
            {
                return false;
            }
            texts = more;
        }
        if let Some(s) = first.scope {
            if !crate::words::has_text(s.zh)
                || !crate::words::has_text(s.ko)
                || !crate::words::has_text(s.en)
            {
                return false;
            }
        }
        if !starts_with_amb(first.id) {
            return false;
        }
        let mut others = tail;
        while let [other, more @ ..] = others {
            if crate::words::same(other.id, first.id) {
                return false;
            }
            others = more;
        }
        rest = tail;
    }
    true
}

const fn starts_with_amb(id: &str) -> bool {
    matches!(id.as_bytes(), [b'A', b'M', b'B', b'-', b'0'..=b'9', ..])
}

const _: () = assert!(register_is_sound(AMBIGUITIES));

/// An id as people type it, in the register's spelling: `amb-26`, `AMB-26`, `26` → `AMB-26`,
/// `amb-12B` → `AMB-12b`, `1` → `AMB-01`.
#[must_use]
pub fn normalize(id: &str) -> alloc::string::String {
    let trimmed = id.trim();
    let bare = match trimmed.get(..4) {
        Some(head) if head.eq_ignore_ascii_case("AMB-") => trimmed.get(4..).unwrap_or_default(),
        _ => trimmed,
    };
    let digits = bare.bytes().take_while(u8::is_ascii_digit).count();
    let (n, suffix) = bare.split_at(digits);
    if n.is_empty() {
        return alloc::format!("AMB-{bare}");
    }
    let padded = if n.len() == 1 {
        alloc::format!("0{n}")
    } else {
        alloc::string::String::from(n)
    };
    alloc::format!("AMB-{padded}{}", suffix.to_ascii_lowercase())
}

/// The entry with this id, as written in the register or typed loosely (see [`normalize`]).
#[must_use]
pub fn find(id: &str) -> Option<&'static Ambiguity> {
    let wanted = normalize(id);
    AMBIGUITIES.iter().find(|a| a.id == wanted)
}

/// The entries near an id that is not in the register: those of the same number (with another
/// suffix) and of the numbers next to it, else those one typing slip away. Empty when nothing is
/// near.
#[must_use]
pub fn nearby(id: &str) -> alloc::vec::Vec<&'static str> {
    let wanted = normalize(id);
    if let Some((n, _)) = number_of(&wanted) {
        let close: alloc::vec::Vec<&'static str> = AMBIGUITIES
            .iter()
            .filter(|a| a.number().0.abs_diff(n) <= 1)
            .map(|a| a.id)
            .collect();
        if !close.is_empty() {
            return close;
        }
    }
    AMBIGUITIES
        .iter()
        .filter(|a| crate::words::edit_distance(&wanted, a.id) <= 1)
        .map(|a| a.id)
        .collect()
}

/// The JSON view of an entry, in one language (what `api::ambiguities`, `devzone ambiguities
/// --json` and the npm package's `ambiguities()` give).
#[cfg(feature = "serde")]
pub mod view {
    use alloc::vec::Vec;

    use serde::Serialize;

    use super::Ambiguity;
    use crate::words::Lang;

    /// One entry of the ambiguity register in one language.
    #[derive(Clone, Debug, Serialize)]
    #[serde(rename_all = "camelCase")]
    #[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
    #[cfg_attr(feature = "wasm", tsify(missing_as_null))]
    pub struct AmbiguityView {
        /// Stable id, e.g. `AMB-26`.
        pub id: &'static str,
        /// The language of the texts.
        pub lang: Lang,
        /// The rules it concerns (rule ids of `rules()`).
        pub rules: Vec<&'static str>,
        /// What else it concerns, when that is not a rule; `null` when nothing else.
        pub scope: Option<&'static str>,
        /// The parameters (`params` names) that choose the reading; empty when none does.
        pub params: &'static [&'static str],
        /// The question the text leaves open.
        pub question: &'static str,
        /// The reading this SDK applies by default.
        pub reading: &'static str,
        /// The other readings, and how to choose them.
        pub alternatives: &'static str,
        /// Why this reading.
        pub why: &'static str,
        /// Whether the SDK's reading differs from the default its specification proposed (that
        /// default is named among the alternatives).
        pub departs: bool,
    }

    impl AmbiguityView {
        /// The view of `entry` in `lang`.
        #[must_use]
        pub fn new(entry: &Ambiguity, lang: Lang) -> Self {
            Self {
                id: entry.id,
                lang,
                rules: entry.rules.iter().map(|r| r.as_str()).collect(),
                scope: entry.scope.map(|s| s.pick(lang)),
                params: entry.params,
                question: entry.question.pick(lang),
                reading: entry.reading.pick(lang),
                alternatives: entry.alternatives.pick(lang),
                why: entry.why.pick(lang),
                departs: entry.departs,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_found_as_people_type_them() {
        for (typed, id) in [
            ("AMB-26", "AMB-26"),
            ("amb-26", "AMB-26"),
            (" 26 ", "AMB-26"),
            ("1", "AMB-01"),
            ("AMB-12B", "AMB-12b"),
            ("12c", "AMB-12c"),
        ] {
            assert_eq!(find(typed).map(|a| a.id), Some(id), "{typed}");
        }
        for typed in ["AMB-44", "AMB-12d", "", "AMB-", "x", "AMB-2600"] {
            assert!(find(typed).is_none(), "{typed}");
        }
    }

    #[test]
    fn nearby_ids_are_the_neighbours() {
        assert_eq!(nearby("AMB-44"), ["AMB-43"]);
        assert_eq!(
            nearby("AMB-12d"),
            ["AMB-11", "AMB-12", "AMB-12b", "AMB-12c", "AMB-13"]
        );
        // No number next to it: the ids one typing slip away.
        assert_eq!(nearby("AMB-99"), ["AMB-09", "AMB-19", "AMB-29", "AMB-39"]);
        assert_eq!(nearby("AMB-2600"), alloc::vec::Vec::<&str>::new());
        assert_eq!(nearby("AMX-26"), alloc::vec::Vec::<&str>::new());
    }

    #[test]
    fn the_register_is_in_order_and_complete() {
        let ids: alloc::vec::Vec<&str> = AMBIGUITIES.iter().map(|a| a.id).collect();
        for n in 1..=43 {
            let id = alloc::format!("AMB-{n:02}");
            assert!(ids.contains(&id.as_str()), "{id} missing");
        }
        assert!(ids.contains(&"AMB-12b") && ids.contains(&"AMB-12c"));
        assert_eq!(ids.len(), 45);
        let mut sorted = AMBIGUITIES.to_vec();
        sorted.sort_by_key(|a| a.number());
        let sorted: alloc::vec::Vec<&str> = sorted.iter().map(|a| a.id).collect();
        assert_eq!(sorted, ids);
    }

    #[test]
    fn the_soundness_check_refuses_what_it_should() {
        let good = AMBIGUITIES[0];
        assert!(register_is_sound(&[good]));
        assert!(!register_is_sound(&[good, good]));
        let mut blank = good;
        blank.why = l("理由", " ", "why");
        assert!(!register_is_sound(&[blank]));
        let mut bad_id = good;
        bad_id.id = "AMB-x";
        assert!(!register_is_sound(&[bad_id]));
    }
}
