//! (二) 促进开发区整合优化: consolidate and optimise zones.
//!
//! > 按照国家“一县一区、一区多园”要求,开展开发区整合优化,利用两年的时间稳定有序推进开发区设立、扩区和升级工作。
//!
//! art-02.a is a two-year programme window from issuance (AMB-04); art-02.b revokes zones that
//! exist in name only, on the competent authority's finding (AMB-03); art-02.c requires a county
//! with two or more provincial zones (industrial concentration zones counted, AMB-05; zones
//! dispatched by the prefecture not, AMB-06) to merge them into one, overdue once the window has
//! closed; art-02.d lets a county with no provincial zone apply to upgrade an industrial
//! concentration zone (AMB-07), barred while a revocation ban (AMB-38), a yellow card (art-14.d) or
//! an environmental disqualification (art-15.a) is in force.

use crate::answer::AddReason;
use crate::dates::IsoDate;
use alloc::string::String;
use alloc::vec::Vec;
use chrono::{Datelike, NaiveDate};

use super::common::{about, absent_on, not_applicable, CountyInput, ZoneInput};
use super::{
    art14_assessment, art15_environment, Evaluation, Kind, OwedBy, RuleId, RuleMeta, Strength,
};
use crate::answer::{Answer, Outcome, Reason};
use crate::error::Error;
use crate::messages::ReasonCode as C;
use crate::params::{Params, WindowAnchor};
use crate::period::add_years;
use crate::register::{
    ManagingAuthority, Revocation, RevocationKind, ValidRegister, Zone, ZoneLevel, ZoneStatus,
};

// The reason codes this file gives (stable: never renamed or reused).
reason_codes! {
    /// art-02.a: the window is open
    ConsolidationWindowOpen = "CONSOLIDATION_WINDOW_OPEN" {
        zh: "整合优化的{years}年期限自{start}至{end},截至{asOf}尚在期限内",
        ko: "{years}년 통합·최적화 기간은 {start}부터 {end}까지이며 {asOf} 현재 기간 중이다",
        en: "the {years}-year consolidation window runs from {start} to {end} and is open on {asOf}"
    }
    /// art-02.a: asked before the window opens (before the opinion was issued)
    ConsolidationWindowNotYetOpen = "CONSOLIDATION_WINDOW_NOT_YET_OPEN" {
        zh: "整合优化的{years}年期限自{start}至{end},截至{asOf}尚未开始",
        ko: "{years}년 통합·최적화 기간은 {start}부터 {end}까지이며 {asOf} 현재 아직 시작되지 않았다",
        en: "the {years}-year consolidation window runs from {start} to {end} and has not opened on {asOf}"
    }
    /// art-02.a: the window has closed
    ConsolidationWindowClosed = "CONSOLIDATION_WINDOW_CLOSED" {
        zh: "整合优化的{years}年期限自{start}至{end},截至{asOf}已届满",
        ko: "{years}년 통합·최적화 기간은 {start}부터 {end}까지였으며 {asOf} 현재 만료되였다",
        en: "the {years}-year consolidation window ran from {start} to {end} and has closed on {asOf}"
    }
    /// art-02.b: national zones are revoked by the State Council
    NationalZoneOutsidePrefecturePower = "NATIONAL_ZONE_OUTSIDE_PREFECTURE_POWER" {
        zh: "{zoneName}({zone})是国家级开发区,其撤销由国务院决定,超出州的权限",
        ko: "{zoneName}({zone})의 경우 국가급 개발구로서 철회는 국무원이 결정하며 주의 권한 밖이다",
        en: "{zoneName} ({zone}) is a national zone: its revocation is for the State Council, outside the prefecture's power"
    }
    /// art-02.b (needs a person): a zone found nominal whose level is not recorded: if it is a
    /// national zone, its revocation is outside the prefecture's power
    RevokeLevelUnknown = "REVOKE_LEVEL_UNKNOWN" {
        zh: "登记册未载明{zoneName}({zone})的级别:如为国家级开发区,其撤销由国务院决定,超出州的权限;由谁撤销需人工核对",
        ko: "등록부에 {zoneName}({zone})의 급별이 기록되지 않았다. 국가급 개발구라면 철회는 국무원이 결정하며 주의 권한 밖이므로 누가 철회하는지는 사람이 대조하여야 한다",
        en: "the register does not record the level of {zoneName} ({zone}): if it is a national zone, its revocation is for the State Council, outside the prefecture's power, so who revokes it is for a person to check"
    }
    /// art-02.b: no finding on 有名无实
    NominalFindingMissing = "NOMINAL_FINDING_MISSING" {
        zh: "本意见未规定“有名无实”的认定标准;{zoneName}({zone})尚无主管机关的认定结论",
        ko: "본 의견은 ‘유명무실’의 인정 기준을 규정하지 않았으며 {zoneName}({zone})에 대한 주관기관의 인정 결론이 없다",
        en: "the opinion gives no criteria for 「有名无实」 (in name only), and no competent authority's finding is recorded for {zoneName} ({zone})"
    }
    /// art-02.b: found nominal
    NominalFindingRevoke = "NOMINAL_FINDING_REVOKE" {
        zh: "主管机关认定{zoneName}({zone})有名无实,应予撤销",
        ko: "주관기관이 {zoneName}({zone})에 대하여 유명무실하다고 인정하였으므로 철회하여야 한다",
        en: "the competent authority found {zoneName} ({zone}) to exist in name only: it is to be revoked"
    }
    /// art-02.b: found not nominal
    NominalFindingKeep = "NOMINAL_FINDING_KEEP" {
        zh: "主管机关认定{zoneName}({zone})并非有名无实,予以保留",
        ko: "주관기관이 {zoneName}({zone})에 대하여 유명무실하지 않다고 인정하였으므로 유지한다",
        en: "the competent authority found that {zoneName} ({zone}) does not exist in name only: it is kept"
    }
    /// art-02.c: a provincial zone counted
    ZoneCountedProvincial = "ZONE_COUNTED_PROVINCIAL" {
        zh: "{zoneName}({zone})为省级开发区,计入本县(市)数量",
        ko: "{zoneName}({zone})의 경우 성급 개발구이므로 산입한다",
        en: "{zoneName} ({zone}) is a provincial zone and is counted"
    }
    /// art-02.c: an ICZ counted (AMB-05)
    ZoneCountedIcz = "ZONE_COUNTED_ICZ" {
        zh: "{zoneName}({zone})为工业集中区,按参数计入本县(市)数量",
        ko: "{zoneName}({zone})의 경우 공업집중구이며 매개변수에 따라 산입한다",
        en: "{zoneName} ({zone}) is an industrial concentration zone and is counted (countyZoneCountIncludesIcz)"
    }
    /// art-02.c: an ICZ not counted
    ZoneExcludedIcz = "ZONE_EXCLUDED_ICZ" {
        zh: "{zoneName}({zone})为工业集中区,按参数不计入",
        ko: "{zoneName}({zone})의 경우 공업집중구이며 매개변수에 따라 산입하지 않는다",
        en: "{zoneName} ({zone}) is an industrial concentration zone and, by the parameters, is not counted"
    }
    /// art-02.c: national zones are not 省级
    ZoneExcludedNational = "ZONE_EXCLUDED_NATIONAL" {
        zh: "{zoneName}({zone})为国家级开发区,不属于“省级开发区”,不计入",
        ko: "{zoneName}({zone})의 경우 국가급 개발구로서 ‘성급 개발구’가 아니므로 산입하지 않는다",
        en: "{zoneName} ({zone}) is a national zone, not a provincial one, and is not counted"
    }
    /// art-02.c: prefecture-dispatched zones not counted (AMB-06)
    ZoneExcludedDispatched = "ZONE_EXCLUDED_DISPATCHED" {
        zh: "{zoneName}({zone})由州派出机构管理,不计入县(市)数量",
        ko: "{zoneName}({zone})의 경우 주의 파출기구가 관리하므로 현(시)의 수에 산입하지 않는다",
        en: "{zoneName} ({zone}) is managed by agencies dispatched by the prefecture and is not counted as a county zone"
    }
    /// art-02.c: inactive zones not counted
    ZoneExcludedNotActive = "ZONE_EXCLUDED_NOT_ACTIVE" {
        zh: "{zoneName}({zone})已非存续状态,不计入",
        ko: "{zoneName}({zone})의 경우 존속 상태가 아니므로 산입하지 않는다",
        en: "{zoneName} ({zone}) is no longer active and is not counted"
    }
    /// art-02.c: a park inside a zone is not a zone
    ZoneExcludedPark = "ZONE_EXCLUDED_PARK" {
        zh: "{zoneName}({zone})是区内园区(一区多园),不单独计数",
        ko: "{zoneName}({zone})의 경우 구역 내 원구(1구다원)이므로 따로 산입하지 않는다",
        en: "{zoneName} ({zone}) is a park inside a zone (一区多园) and is not counted separately"
    }
    /// art-02.c/02.d: a zone pre.a puts outside the opinion's scope (an overseas zone, …) is not
    /// one of the county's development zones
    ZoneExcludedOutOfScope = "ZONE_EXCLUDED_OUT_OF_SCOPE" {
        zh: "{zoneName}({zone})不属于本意见所称开发区(见 pre.a),不计入",
        ko: "{zoneName}({zone})의 경우 본 의견에서 말하는 개발구가 아니므로(pre.a 참조) 산입하지 않는다",
        en: "{zoneName} ({zone}) is not a development zone in the sense of the opinion (see pre.a) and is not counted"
    }
    /// art-02.c/02.d (needs a person): a zone the text names as the prefecture's dispatched
    /// agency (art-12.b) that the register records as managed otherwise
    ZoneNamedDispatchedRecordedOtherwise = "ZONE_NAMED_DISPATCHED_RECORDED_OTHERWISE" {
        zh: "{zoneName}({zone})是 art-12.b 所列州委、州政府派出机构的开发区,登记册却将其管理主体记为{recorded};按条文不计入县(市)的省级开发区,是否计入需人工核对",
        ko: "{zoneName}({zone}){|은} art-12.b에 렬거된 주당위·주정부 파출기구의 개발구이나 등록부에는 관리 주체가 {recorded}{|으로} 기록되였다. 조문에 따르면 현(시)의 성급 개발구에 산입하지 않으므로 산입 여부는 사람이 대조하여야 한다",
        en: "{zoneName} ({zone}) is one of the zones art-12.b names as the prefecture's dispatched agencies, yet the register records it as managed by: {recorded}; by the clause it is not one of the county's provincial zones, so whether it counts is for a person to check",
        coded: { recorded: ManagingAuthority }
    }
    /// art-02.c/02.d (needs a person): a zone the register records as managed by the
    /// prefecture's dispatched agencies that art-12.b does not name: left out by the register's
    /// record alone
    ZoneRecordedDispatchedNotNamed = "ZONE_RECORDED_DISPATCHED_NOT_NAMED" {
        zh: "登记册将{zoneName}({zone})记为由州派出机构管理,因而不计入县(市)的省级开发区;但 art-12.b 所列州派出机构的四个开发区中没有它,是否计入需人工核对",
        ko: "등록부에는 {zoneName}({zone}){|이} 주의 파출기구가 관리하는 것으로 기록되여 현(시)의 성급 개발구에 산입하지 않았으나 art-12.b에 렬거된 주 파출기구의 4개 개발구에는 없으므로 산입 여부는 사람이 대조하여야 한다",
        en: "the register records {zoneName} ({zone}) as managed by agencies the prefecture dispatches, so it is not counted as one of the county's provincial zones; but it is not one of the four zones art-12.b names, so whether it counts is for a person to check"
    }
    /// art-02.c: zones of other levels not counted
    ZoneExcludedOtherLevel = "ZONE_EXCLUDED_OTHER_LEVEL" {
        zh: "{zoneName}({zone})无省级或工业集中区级别,不计入",
        ko: "{zoneName}({zone})의 경우 성급 또는 공업집중구 급별이 아니므로 산입하지 않는다",
        en: "{zoneName} ({zone}) has neither provincial nor industrial-concentration level and is not counted"
    }
    /// art-02.c: fewer than the trigger
    CountyCompliant = "COUNTY_COMPLIANT" {
        zh: "{county}计入“2家以上的省级开发区(工业集中区)”的开发区共{count}家,少于{min}家,无须整合",
        ko: "{county}에서 ‘2개 이상의 성급 개발구(공업집중구)’에 산입되는 개발구는 {count}개로 {min}개 미만이므로 통합할 필요가 없다",
        en: "{county} has {count} zone(s) counted toward 「2家以上的省级开发区(工业集中区)」 (see each zone's reason), fewer than {min}: no merger is required"
    }
    /// art-02.c: merge within the window
    CountyMergeRequired = "COUNTY_MERGE_REQUIRED" {
        zh: "{county}计入“2家以上的省级开发区(工业集中区)”的开发区共{count}家,达到{min}家以上,应整合为{max}家,最迟于{windowEnd}(含当日)完成整合",
        ko: "{county}에서 ‘2개 이상의 성급 개발구(공업집중구)’에 산입되는 개발구는 {count}개로 {min}개 이상이므로 {max}개로 늦어도 {windowEnd}(당일 포함)까지 통합하여야 한다",
        en: "{county} has {count} zones counted toward 「2家以上的省级开发区(工业集中区)」 (see each zone's reason), at least {min}: they must be merged into {max}, within the window ending {windowEnd}"
    }
    /// art-02.c (needs a person): the merger is required only because industrial concentration
    /// zones are counted (AMB-05), beside one provincial zone
    CountyMergeOnlyWithIcz = "COUNTY_MERGE_ONLY_WITH_ICZ" {
        zh: "{county}只有{provincial}家省级开发区,只有把工业集中区计入“2家以上的省级开发区(工业集中区)”才须整合(countyZoneCountIncludesIcz,AMB-05),需人工确认",
        ko: "{county}에는 성급 개발구가 {provincial}개뿐이므로 공업집중구를 ‘2개 이상의 성급 개발구(공업집중구)’에 산입하여야만 통합하여야 한다(countyZoneCountIncludesIcz, AMB-05). 사람이 확인하여야 한다",
        en: "{county} has {provincial} provincial zone(s): the merger is required only if industrial concentration zones count toward 「2家以上的省级开发区(工业集中区)」 (countyZoneCountIncludesIcz, AMB-05); a person must confirm"
    }
    /// art-02.c (needs a person): only industrial concentration zones are counted, in a county
    /// the clause's next sentence (art-02.d) treats as one without a provincial zone
    CountyMergeNoProvincialZone = "COUNTY_MERGE_NO_PROVINCIAL_ZONE" {
        zh: "{county}没有省级开发区,计入的均为工业集中区(countyZoneCountIncludesIcz,AMB-05);而“没有省级开发区的县(市),申请工业集中区晋升为省级开发区”(art-02.d),是否须整合需人工判断",
        ko: "{county}에는 성급 개발구가 없고 산입된 것은 모두 공업집중구이다(countyZoneCountIncludesIcz, AMB-05). 그런데 “没有省级开发区的县(市),申请工业集中区晋升为省级开发区”(성급 개발구가 없는 현(시)은 공업집중구의 성급 개발구 승격을 신청한다, art-02.d)라고 하였으므로 통합하여야 하는지는 사람이 판단하여야 한다",
        en: "{county} has no provincial zone: every zone counted is an industrial concentration zone (countyZoneCountIncludesIcz, AMB-05), while 「没有省级开发区的县(市),申请工业集中区晋升为省级开发区」 (art-02.d) has such a county apply for an upgrade; whether they must be merged is for a person"
    }
    /// art-02.c: merge overdue
    CountyMergeOverdue = "COUNTY_MERGE_OVERDUE" {
        zh: "{county}计入“2家以上的省级开发区(工业集中区)”的开发区共{count}家,应整合为{max}家,整合期限{windowEnd}已过(截至{asOf})",
        ko: "{county}에서 ‘2개 이상의 성급 개발구(공업집중구)’에 산입되는 개발구 {count}개를 {max}개로 통합하여야 하나 기한({windowEnd})이 지났다({asOf} 현재)",
        en: "{county} has {count} zones counted toward 「2家以上的省级开发区(工业集中区)」 (see each zone's reason) that must be merged into {max}; the window ended {windowEnd} and it is {asOf}"
    }
    /// art-02.c (needs a person): a zone counted that the authority found, or the register
    /// flags, to exist in name only (art-02.b revokes it)
    ZoneCountedNominal = "ZONE_COUNTED_NOMINAL" {
        zh: "{zoneName}({zone})已计入,但已被认定或标记为有名无实,按“对有名无实的开发区(工业集中区)予以撤销”(art-02.b)应予撤销:是否仍须与之整合,需人工判断",
        ko: "{zoneName}({zone}){|은} 산입되였으나 유명무실하다고 인정되거나 표시되였으므로 ‘유명무실한 개발구(공업집중구)는 철회한다’(art-02.b)에 따라 철회하여야 한다. 그와 통합하여야 하는지는 사람이 판단하여야 한다",
        en: "{zoneName} ({zone}) is counted, but was found or is flagged to exist in name only, which 「对有名无实的开发区(工业集中区)予以撤销」 (art-02.b) revokes: whether it must still be merged is for a person"
    }
    /// art-02.c (needs a person): zones that would count were merged on no recorded day
    CountyMergerUndated = "COUNTY_MERGER_UNDATED" {
        zh: "{county}有{count}家本应计入的开发区已被整合,但登记册未记载日期:整合是否在期限内完成、当时是否须整合,需人工核对",
        ko: "{county}에서 산입되여야 할 개발구 {count}개가 통합되였으나 등록부에 날자가 기록되지 않았다. 통합이 기한 안에 완료되였는지, 그때 통합하여야 하였는지는 사람이 대조하여야 한다",
        en: "{county} has {count} zone(s) that would count recorded as merged on no recorded day: whether a merger was due, and done within the window, is for a person to check"
    }
    /// art-02.c: the zones counted at issuance were merged under the trigger within the window
    CountyMergedInTime = "COUNTY_MERGED_IN_TIME" {
        zh: "{county}在本意见印发时计入“2家以上的省级开发区(工业集中区)”的开发区共{countThen}家,于{done}整合后少于{min}家,在整合期限({windowEnd})内完成(截至{asOf}计入{count}家)",
        ko: "{county}에서 본 의견 인쇄발행 시 ‘2개 이상의 성급 개발구(공업집중구)’에 산입된 개발구는 {countThen}개였으나 {done}에 통합되여 {min}개 미만으로 되였으므로 통합 기한({windowEnd}) 안에 완료되였다({asOf} 현재 {count}개 산입)",
        en: "{county} had {countThen} zones counted toward 「2家以上的省级开发区(工业集中区)」 when the opinion was issued; merged, it had fewer than {min} from {done}, within the window ending {windowEnd} ({count} counted on {asOf})"
    }
    /// art-02.c: the zones counted at the window's end were brought under the trigger only after it
    CountyMergedLate = "COUNTY_MERGED_LATE" {
        zh: "{county}在整合期限届满时({windowEnd})计入“2家以上的省级开发区(工业集中区)”的开发区共{countThen}家,应整合为{max}家;至{done}才少于{min}家,整合晚于期限(截至{asOf}计入{count}家)",
        ko: "{county}에서 통합 기한({windowEnd})에 ‘2개 이상의 성급 개발구(공업집중구)’에 산입된 개발구는 {countThen}개로 {max}개로 통합하여야 하였으나 {done}에야 {min}개 미만으로 되였으므로 통합이 기한보다 늦었다({asOf} 현재 {count}개 산입)",
        en: "{county} had {countThen} zones counted toward 「2家以上的省级开发区(工业集中区)」 when the window ended on {windowEnd}, to be merged into {max}; it had fewer than {min} only from {done}: the merger came after the window ({count} counted on {asOf})"
    }
    /// art-02.d: only an active ICZ can be upgraded
    UpgradeCandidateNotActiveIcz = "UPGRADE_CANDIDATE_NOT_ACTIVE_ICZ" {
        zh: "{zoneName}({zone})级别为{level}、状态为{status},只有存续的工业集中区可申请晋升",
        ko: "{zoneName}({zone})의 급별은 {level}, 상태는 {status}이며 존속 중인 공업집중구만 승격을 신청할 수 있다",
        en: "{zoneName} ({zone}) has level {level} and status {status}: only an active industrial concentration zone can be upgraded"
    }
    /// art-02.b (needs a person): the zone's revocation is recorded as in effect, its status
    /// not updated
    RevocationRecordedInEffect = "REVOCATION_RECORDED_IN_EFFECT" {
        zh: "登记册记载{zoneName}({zone})的撤销自{effective}起生效,但其状态仍记为{status}(其他检查按状态把它当作存续的开发区):“予以撤销”是否已执行、状态是否过时,需人工核对",
        ko: "등록부에는 {zoneName}({zone})의 철회가 {effective}부터 효력이 있다고 기록되여 있으나 상태는 아직 {status|으로} 기록되여 있다(다른 검사는 상태에 따라 존속하는 개발구로 본다). ‘철회한다’가 이미 집행되였는지, 상태가 낡은 것인지는 사람이 대조하여야 한다",
        en: "the register records the revocation of {zoneName} ({zone}) as in effect from {effective}, while its status still reads {status} (the other checks go by the status and take it as a zone in existence): whether 「予以撤销」 is done and the status out of date is for a person to check"
    }
    /// art-02.d: the county already has a provincial zone
    CountyHasProvincialZone = "COUNTY_HAS_PROVINCIAL_ZONE" {
        zh: "本县(市)已有省级开发区{zoneName}({zone})(一县一区)",
        ko: "이 현(시)에는 이미 성급 개발구가 있다(1현1구): {zoneName}({zone})",
        en: "the county already has a provincial zone, {zoneName} ({zone}) (one county, one zone)"
    }
    /// art-02.d (needs a person): the county's only provincial zones are found or flagged
    /// nominal (`common::nominal_ask`): art-02.b revokes them, after which the county has none
    CountyProvincialZoneNominal = "COUNTY_PROVINCIAL_ZONE_NOMINAL" {
        zh: "本县(市)的省级开发区{zoneName}({zone})已被认定或标记为有名无实,按“对有名无实的开发区(工业集中区)予以撤销”(art-02.b)应予撤销,撤销后本县(市)即为“没有省级开发区的县(市)”:现在能否申请晋升,需人工判断",
        ko: "이 현(시)의 성급 개발구 {zoneName}({zone}){|은} 유명무실하다고 인정되거나 표시되였으므로 ‘유명무실한 개발구(공업집중구)는 철회한다’(art-02.b)에 따라 철회하여야 하며, 철회되면 이 현(시)는 ‘성급 개발구가 없는 현(시)’이 된다. 지금 승격을 신청할 수 있는지는 사람이 판단하여야 한다",
        en: "the county's provincial zone {zoneName} ({zone}) was found or is flagged to exist in name only, which 「对有名无实的开发区(工业集中区)予以撤销」 (art-02.b) revokes, after which the county is 「没有省级开发区的县(市)」: whether it may apply now is for a person"
    }
    /// art-02.d: a national zone blocks (parameter)
    CountyHasNationalZone = "COUNTY_HAS_NATIONAL_ZONE" {
        zh: "本县(市)有国家级开发区{zoneName}({zone}),按参数不得申请晋升",
        ko: "이 현(시)에는 국가급 개발구({zoneName}, {zone})가 있으므로 매개변수에 따라 승격을 신청할 수 없다",
        en: "the county has a national zone, {zoneName} ({zone}), and the parameters (nationalZoneBlocksUpgrade) bar the upgrade"
    }
    /// art-02.d: ICZs must be integrated first (parameter)
    IczIntegrationFirst = "ICZ_INTEGRATION_FIRST" {
        zh: "本县(市)的工业集中区须先行整合(按省里规定的参数)",
        ko: "이 현(시)의 공업집중구를 먼저 통합하여야 한다(성 규정에 따른 매개변수)",
        en: "the county's industrial concentration zones must be integrated first (requireIczIntegrationFirst, as in the Jilin provincial text)"
    }
    /// art-14.f: 3-year re-application ban (AMB-38)
    ReapplyBanInForce = "REAPPLY_BAN_IN_FORCE" {
        zh: "开发区{zone}依第十四条被撤销,{years}年内不得重新申报,{allowedFrom}起方可申报(截至{asOf})",
        ko: "개발구({zone}){|은} 제14조에 따라 철회되여 {years}년 내에 다시 신청할 수 없으며 {allowedFrom}부터 신청할 수 있다({asOf} 현재)",
        en: "zone {zone} was revoked under art-14.f: no re-application for {years} years, allowed again from {allowedFrom} (it is {asOf})"
    }
    /// art-02.d: may apply
    UpgradeEligible = "UPGRADE_ELIGIBLE" {
        zh: "本县(市)没有省级开发区,可申请将{zoneName}({zone})晋升为省级开发区",
        ko: "이 현(시)에는 성급 개발구가 없으므로 {zoneName}({zone})에 대하여 성급 개발구로의 승격을 신청할 수 있다",
        en: "the county has no provincial zone: it may apply to upgrade {zoneName} ({zone}) to a provincial zone"
    }
    /// art-02.d (needs a person): the candidate's county is not recorded, so whether it is 「没有
    /// 省级开发区的县(市)」 cannot be checked
    UpgradeCountyNotRecorded = "UPGRADE_COUNTY_NOT_RECORDED" {
        zh: "登记册未载明{zoneName}({zone})所在的县(市),无法核对该县(市)是否“没有省级开发区”,需人工确认",
        ko: "등록부에 {zoneName}({zone})의 소재 현(시)이 기록되지 않았으므로 그 현(시)에 ‘성급 개발구가 없는지’ 대조할 수 없다. 사람이 확인하여야 한다",
        en: "the register does not say which county {zoneName} ({zone}) is in, so whether its county has no provincial zone cannot be checked: a person must confirm"
    }
    /// art-02.d: the candidate itself was found to exist in name only (art-02.b: to be revoked,
    /// not upgraded)
    UpgradeCandidateNominal = "UPGRADE_CANDIDATE_NOMINAL" {
        zh: "主管机关认定{zoneName}({zone})有名无实,应予撤销(“对有名无实的开发区(工业集中区)予以撤销”),不能申请晋升",
        ko: "주관기관이 {zoneName}({zone})에 대하여 유명무실하다고 인정하였으므로 철회하여야 하며(‘유명무실한 개발구(공업집중구)는 철회한다’) 승격을 신청할 수 없다",
        en: "the competent authority found {zoneName} ({zone}) to exist in name only: it is to be revoked (「对有名无实的开发区(工业集中区)予以撤销」), not upgraded"
    }
    /// art-02.d: the province's criteria are external
    UpgradeProvincialCriteria = "UPGRADE_PROVINCIAL_CRITERIA" {
        zh: "晋升的实质条件由省里规定,需人工审核{zoneName}({zone})是否符合",
        ko: "승격의 실질 조건은 성이 규정하므로 {zoneName}({zone})의 부합 여부를 사람이 심사하여야 한다",
        en: "the substantive criteria for an upgrade are the province's: a person must check {zoneName} ({zone}) against them"
    }
    /// art-02.d: another zone of the county is under an art-14.f ban (AMB-38)
    ReapplyBanSameAreaNeedsHuman = "REAPPLY_BAN_SAME_AREA_NEEDS_HUMAN" {
        zh: "本县(市)开发区{zone}依第十四条被撤销,{allowedFrom}前不得重新申报:本次申请若与其范围基本相同,即属重新申报,须人工核实",
        ko: "이 현(시)의 개발구({zone}){|은} 제14조에 따라 철회되여 {allowedFrom} 전에는 다시 신청할 수 없다. 이번 신청의 범위가 그와 기본적으로 같으면 재신청에 해당하므로 사람이 확인하여야 한다",
        en: "zone {zone} of the county was revoked under art-14.f and may not re-apply before {allowedFrom}: if this application covers substantially the same area, it is that re-application; a person must check"
    }
    /// art-02.d: a zone of the county recorded as revoked, with no revocation record (AMB-38)
    RevokedWithoutRecord = "REVOKED_WITHOUT_RECORD" {
        zh: "{zoneName}({zone})登记为已撤销,但登记簿中没有其撤销记录(日期和理由):若系{years}年内依第十四条撤销,则不得重新申报,须人工核实",
        ko: "{zoneName}({zone}){|은} 철회된 것으로 등록되였으나 등록부에 철회 기록(날자와 사유)이 없다. {years}년 내에 제14조에 따라 철회되였다면 다시 신청할 수 없으므로 사람이 확인하여야 한다",
        en: "{zoneName} ({zone}) is recorded as revoked but the register has no record of its revocation (date and ground): if it was revoked under art-14.f within {years} years, re-application is barred; a person must check"
    }
}

/// art-02.a: Two-year window for establishment, expansion and upgrading work
pub static ART_02_A: RuleMeta = RuleMeta {
    id: "art-02.a",
    title: "Two-year window for establishment, expansion and upgrading work",
    title_zh: "利用两年时间推进开发区设立、扩区和升级",
    title_ko: "2년간 개발구 설립, 구역 확장과 승격 사업 추진",
    clause: "(二)",
    clause_title: "促进开发区整合优化",
    kinds: &[Kind::Deadline],
    strength: Strength::Mandatory,
    bearers: &["AG.COMMERCE", "AG.MIIT", "AG.FINANCE", "AG.NATRES", "AG.ECOENV", "AG.CTY_GOV"],
    owed_by: OwedBy::ClauseList,
    quote: "按照国家“一县一区、一区多园”要求,开展开发区整合优化,利用两年的时间稳定有序推进开发区设立、扩区和升级工作。",
    extra_quotes: &[],
    en: "In line with the national requirement of 'one county, one zone; one zone, many parks', carry out zone consolidation and optimisation, and use two years to advance, steadily and in order, the work of establishing, expanding and upgrading zones.",
    ko: "국가의 ‘1현1구, 1구다원’ 요구에 따라 개발구 통합·최적화를 전개하고, 2년의 시간을 들여 개발구의 설립, 구역 확장과 승격 사업을 안정적이고 질서 있게 추진한다.",
    ambiguities: &["AMB-01", "AMB-04"],
    evaluation: Evaluation::Function,
};

/// art-02.b: Revoke zones that exist in name only
pub static ART_02_B: RuleMeta = RuleMeta {
    id: "art-02.b",
    title: "Revoke zones that exist in name only",
    title_zh: "撤销有名无实的开发区(工业集中区)",
    title_ko: "유명무실한 개발구(공업집중구) 철회",
    clause: "(二)",
    clause_title: "促进开发区整合优化",
    kinds: &[Kind::Sanction, Kind::Obligation],
    strength: Strength::Mandatory,
    bearers: &["AG.COMMERCE", "AG.CTY_GOV", "ACT.PROV"],
    owed_by: OwedBy::ClauseList,
    quote: "对有名无实的开发区(工业集中区)予以撤销",
    extra_quotes: &[],
    en: "Development zones (industrial concentration zones) that exist in name only shall be revoked.",
    ko: "유명무실한 개발구(공업집중구)는 철회한다.",
    ambiguities: &["AMB-03", "AMB-43"],
    evaluation: Evaluation::Function,
};

/// art-02.c: One county, one (provincial) zone: merge 2+ into 1
pub static ART_02_C: RuleMeta = RuleMeta {
    id: "art-02.c",
    title: "One county, one (provincial) zone: merge 2+ into 1",
    title_zh: "一县一区:2家以上省级开发区整合为1家",
    title_ko: "‘1현1구’: 성급 개발구 2개 이상을 1개로 통합",
    clause: "(二)",
    clause_title: "促进开发区整合优化",
    kinds: &[Kind::EligibilityCheck, Kind::Obligation],
    strength: Strength::Mandatory,
    bearers: &["AG.CTY_GOV"],
    owed_by: OwedBy::Words,
    quote: "对一个县(市)存在2家以上的省级开发区(工业集中区)整合为1家省级开发区。",
    extra_quotes: &[],
    en: "Where one county (city) has two or more provincial-level development zones (industrial concentration zones), they shall be consolidated into one provincial-level development zone.",
    ko: "한 현(시)에 2개 이상의 성급 개발구(공업집중구)가 있는 경우 1개의 성급 개발구로 통합한다.",
    ambiguities: &["AMB-05", "AMB-06"],
    evaluation: Evaluation::Function,
};

/// art-02.d: Counties without a provincial zone may apply to upgrade an industrial concentration zone
pub static ART_02_D: RuleMeta = RuleMeta {
    id: "art-02.d",
    title: "Counties without a provincial zone may apply to upgrade an industrial concentration zone",
    title_zh: "无省级开发区的县(市)申请工业集中区晋升省级",
    title_ko: "성급 개발구가 없는 현(시)의 공업집중구 승격 신청",
    clause: "(二)",
    clause_title: "促进开发区整合优化",
    kinds: &[Kind::EligibilityCheck, Kind::PowerGrant],
    strength: Strength::Permissive,
    bearers: &["AG.CTY_GOV"],
    owed_by: OwedBy::Nobody,
    quote: "没有省级开发区的县(市),申请工业集中区晋升为省级开发区。",
    extra_quotes: &[],
    en: "A county (city) that has no provincial-level development zone [may] apply for its industrial concentration zone to be upgraded to a provincial-level development zone.",
    ko: "성급 개발구가 없는 현(시)은 공업집중구를 성급 개발구로 승격하도록 신청한다.",
    ambiguities: &["AMB-07", "AMB-38"],
    evaluation: Evaluation::Function,
};

/// The dates art-02.a asks about.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(
    feature = "serde",
    serde(
        rename_all = "camelCase",
        deny_unknown_fields,
        expecting = "an object with `issueDate` and `asOf`"
    )
)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
pub struct WindowInput {
    /// The opinion's issuance date (`P.issue_date`).
    pub issue_date: IsoDate,
    /// The date the status is asked for.
    pub as_of: IsoDate,
}

/// art-02.a's own fields.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "camelCase"))]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
pub struct WindowDetail {
    /// First day of the window.
    pub window_start: IsoDate,
    /// Last day of the window (the due day itself is inside it).
    pub window_end: IsoDate,
}

/// The consolidation window's first and last day.
///
/// # Errors
/// `OUT_OF_RANGE` for dates beyond the calendar.
pub fn window(issue_date: NaiveDate, params: &Params) -> Result<(NaiveDate, NaiveDate), Error> {
    let out = || {
        Error::out_of_range(
            "input.issueDate",
            text!(zh: "整合期限超出 9999-12-31", ko: "정합 기한이 9999-12-31을 넘습니다", en: "the consolidation window ends beyond 9999-12-31"),
        )
    };
    match params.consolidation_window_anchor {
        WindowAnchor::IssueDate => {
            let end = add_years(issue_date, params.consolidation_window_years)
                .filter(|d| d.year() <= 9999)
                .ok_or_else(out)?;
            Ok((issue_date, end))
        }
        WindowAnchor::Jan1FollowingIssue => {
            let first = issue_date.year().checked_add(1).ok_or_else(out)?;
            let years = i32::try_from(params.consolidation_window_years).map_err(|_| out())?;
            let last = first.checked_add(years.saturating_sub(1)).ok_or_else(out)?;
            let start = NaiveDate::from_ymd_opt(first, 1, 1).ok_or_else(out)?;
            let end = NaiveDate::from_ymd_opt(last, 12, 31)
                .filter(|d| d.year() <= 9999 && *d >= start)
                .ok_or_else(out)?;
            Ok((start, end))
        }
    }
}

fn window_params(used: &mut crate::answer::ParamsUsed, params: &Params) {
    used.set(
        "consolidationWindowAnchor",
        params.consolidation_window_anchor.as_str().into(),
    );
    used.set(
        "consolidationWindowYears",
        params.consolidation_window_years.into(),
    );
    used.set("periodConvention", params.period_convention.as_str().into());
}

/// art-02.a: is the two-year consolidation window open on `asOf`?
///
/// # Errors
/// `OUT_OF_RANGE` for dates beyond the calendar.
pub fn consolidation_window(
    input: &WindowInput,
    params: &Params,
) -> Result<Answer<WindowDetail>, Error> {
    let rule = RuleId::ART_02_A;
    let (start, end) = window(*input.issue_date, params)?;
    let (code, outcome) = if input.as_of < start {
        (C::ConsolidationWindowNotYetOpen, Outcome::NotYetApplicable)
    } else if input.as_of <= end {
        (C::ConsolidationWindowOpen, Outcome::Open)
    } else {
        (C::ConsolidationWindowClosed, Outcome::Closed)
    };
    let reason = Reason::new(code, rule)
        .with("asOf", input.as_of)
        .with("end", end)
        .with("start", start)
        .with("years", params.consolidation_window_years);
    let mut used = crate::answer::ParamsUsed::new();
    window_params(&mut used, params);
    Ok(Answer {
        rule_id: rule,
        outcome,
        reasons: alloc::vec![reason],
        needs_human: Vec::new(),
        params_used: used,
        detail: WindowDetail {
            window_start: IsoDate(start),
            window_end: IsoDate(end),
        },
    })
}

/// art-02.b's own fields.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "camelCase"))]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
#[cfg_attr(feature = "wasm", tsify(missing_as_null))]
pub struct NominalDetail {
    /// The zone.
    pub zone_id: String,
    /// The authority's finding as recorded (`null`: none).
    pub nominal_finding: Option<bool>,
}

/// What art-02.b finds of a zone, before its reasons are written: [`nominal_zone`] states it,
/// the compliance report reads its outcome alone ([`nominal_outcome`]).
enum Nominal {
    /// Not a zone on the day.
    Gone(Reason),
    /// Its revocation is recorded as in effect (on that day), its status not updated: the
    /// register disagrees with itself.
    RevokedOnRecord(NaiveDate),
    /// Asked without a day, of a zone no longer active.
    NotActive,
    /// A national zone: outside the prefecture's power.
    National,
    /// The authority's finding as recorded.
    Finding(Option<bool>),
}

impl Nominal {
    fn of(zone: &Zone, as_of: Option<NaiveDate>, revoked: Option<NaiveDate>) -> Self {
        if let Some(r) = as_of.and_then(|day| absent_on(RuleId::ART_02_B, zone, day)) {
            Self::Gone(r)
        } else if let Some(day) = revoked {
            Self::RevokedOnRecord(day)
        } else if as_of.is_none() && !zone.status.exists() {
            Self::NotActive
        } else if zone.level == ZoneLevel::National && zone.nominal_finding != Some(false) {
            // Found not nominal, a national zone is kept like any other: only its revocation
            // is outside the prefecture's power.
            Self::National
        } else {
            Self::Finding(zone.nominal_finding)
        }
    }

    const fn outcome(&self) -> Outcome {
        match self {
            Self::Gone(_) | Self::NotActive => Outcome::NotApplicable,
            Self::RevokedOnRecord(_) | Self::National | Self::Finding(None) => Outcome::NeedsHuman,
            Self::Finding(Some(true)) => Outcome::Revoke,
            Self::Finding(Some(false)) => Outcome::Keep,
        }
    }
}

/// [`nominal_zone`]'s outcome without its answer (what the compliance report reads of it off
/// its page).
#[must_use]
pub(crate) fn nominal_outcome(
    reg: &ValidRegister,
    zone: &Zone,
    as_of: Option<NaiveDate>,
) -> Outcome {
    Nominal::of(zone, as_of, revoked_on_record(reg, zone, as_of)).outcome()
}

/// The day a revocation of `zone` recorded in the register took effect, if on or before `as_of`
/// (any, asked without a day): 「予以撤销」 may be done whatever its status still says, which
/// art-02.b leaves to a person (the other checks go by the status).
fn revoked_on_record(
    reg: &ValidRegister,
    zone: &Zone,
    as_of: Option<NaiveDate>,
) -> Option<NaiveDate> {
    reg.revocations_of(zone)
        .map(|r| *r.effective_date)
        .filter(|d| as_of.is_none_or(|a| *d <= a))
        .min()
}

/// art-02.b for a zone of a validated register.
#[must_use]
pub fn nominal_zone(
    reg: &ValidRegister,
    zone: &Zone,
    as_of: Option<NaiveDate>,
    params: &Params,
) -> Answer<NominalDetail> {
    let rule = RuleId::ART_02_B;
    let mut reasons = Vec::new();
    let mut needs_human = Vec::new();
    let found = Nominal::of(zone, as_of, revoked_on_record(reg, zone, as_of));
    let outcome = found.outcome();
    match found {
        Nominal::Gone(r) => reasons.add(r),
        Nominal::RevokedOnRecord(day) => needs_human.add(about(
            Reason::new(C::RevocationRecordedInEffect, rule)
                .with("effective", day)
                .with("status", zone.status.as_str()),
            zone,
        )),
        Nominal::NotActive => reasons.add(about(
            Reason::new(C::ZoneNotActive, rule).with("status", zone.status.as_str()),
            zone,
        )),
        Nominal::National => needs_human.add(about(
            Reason::new(C::NationalZoneOutsidePrefecturePower, rule),
            zone,
        )),
        Nominal::Finding(None) => {
            needs_human.add(about(Reason::new(C::NominalFindingMissing, rule), zone));
        }
        Nominal::Finding(Some(true)) => {
            reasons.add(about(Reason::new(C::NominalFindingRevoke, rule), zone));
            if zone.level == ZoneLevel::Unknown {
                // A national zone's revocation is outside the prefecture's power (above): with
                // the level unknown, who revokes it is not known.
                needs_human.add(about(Reason::new(C::RevokeLevelUnknown, rule), zone));
            }
        }
        Nominal::Finding(Some(false)) => {
            reasons.add(about(Reason::new(C::NominalFindingKeep, rule), zone));
        }
    }
    let mut used = crate::answer::ParamsUsed::new();
    used.set(
        "nominalZoneCriteria",
        params.nominal_zone_criteria.as_str().into(),
    );
    Answer {
        rule_id: rule,
        outcome,
        reasons,
        needs_human,
        params_used: used,
        detail: NominalDetail {
            zone_id: zone.id.clone(),
            nominal_finding: zone.nominal_finding,
        },
    }
}

/// Whether a zone counts as one of its county's own zones (AMB-06): a zone whose organs the
/// prefecture dispatches (art-12.b) does not, unless `countyZoneCountIncludesPrefDispatched`.
/// art-02.c (counting) and art-02.d (「没有省级开发区的县(市)」) read it the same way.
pub(crate) fn county_own(zone: &Zone, params: &Params) -> bool {
    zone.managing_authority != ManagingAuthority::PrefectureDispatched
        || params.county_zone_count_includes_pref_dispatched
}

/// Whether the text names `zone` as one of the prefecture's dispatched agencies (art-12.b)
/// while the register records it as managed by another body: counted by the register, not by
/// the clause, so for a person.
fn named_dispatched_recorded_otherwise(zone: &Zone, reg: &ValidRegister) -> bool {
    zone.managing_authority != ManagingAuthority::PrefectureDispatched
        && super::art12_administration::dispatched_name_of(zone, reg).is_some()
}

/// The text's name of the art-12.b zone that a county-managed `zone`, named otherwise, may be
/// (a name with the place and kind of one of the four): counted by the register, perhaps not
/// by the clause, so for a person.
fn resembles_dispatched(zone: &Zone) -> Option<&'static str> {
    (zone.managing_authority != ManagingAuthority::PrefectureDispatched)
        .then(|| super::art12_administration::resembles_zone(zone))
        .flatten()
}

/// Whether the register alone leaves `zone` out of its county's zones: it records the zone as
/// managed by the prefecture's dispatched agencies, and art-12.b does not name it (the reverse
/// of [`named_dispatched_recorded_otherwise`]), so for a person.
fn recorded_dispatched_not_named(zone: &Zone, reg: &ValidRegister, params: &Params) -> bool {
    !county_own(zone, params)
        && super::art12_administration::dispatched_name_of(zone, reg).is_none()
}

/// Why a zone of a county is or is not counted toward 「2家以上的省级开发区(工业集中区)」 on `day`.
fn countable(zone: &Zone, day: NaiveDate, params: &Params) -> Result<C, C> {
    if zone.parent_zone_id.is_some() {
        return Err(C::ZoneExcludedPark);
    }
    if crate::rules::preamble::outside_scope(zone) {
        return Err(C::ZoneExcludedOutOfScope);
    }
    if !zone.exists_on(day) {
        return Err(C::ZoneExcludedNotActive);
    }
    if !county_own(zone, params) {
        return Err(C::ZoneExcludedDispatched);
    }
    match zone.level {
        ZoneLevel::National => Err(C::ZoneExcludedNational),
        ZoneLevel::Provincial => Ok(C::ZoneCountedProvincial),
        ZoneLevel::IndustrialConcentration if params.county_zone_count_includes_icz => {
            Ok(C::ZoneCountedIcz)
        }
        ZoneLevel::IndustrialConcentration => Err(C::ZoneExcludedIcz),
        ZoneLevel::Other => Err(C::ZoneExcludedOtherLevel),
        ZoneLevel::Unknown => Err(C::ZoneLevelUnknown),
    }
}

/// art-02.c's own fields.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "camelCase"))]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
#[cfg_attr(feature = "wasm", tsify(missing_as_null))]
pub struct OneCountyOneZoneDetail {
    /// The county.
    pub county_id: String,
    /// The zones counted, in register order.
    pub countable: Vec<String>,
    /// Whether they must be merged: `null` when that is for a person (the answer NEEDS_HUMAN).
    pub must_merge: Option<bool>,
    /// The end of the consolidation window (art-02.a).
    pub window_end: IsoDate,
}

/// art-02.c: one county, one provincial zone, for a county of a validated register: asked of
/// a day before issuance, `NOT_APPLICABLE` (`AS_OF_BEFORE_ISSUANCE`, `mustMerge` false) in
/// every view that asks (eval, the zone summary, the report).
///
/// # Errors
/// `INVALID_INPUT` for an unknown county; `OUT_OF_RANGE` for a window beyond the calendar.
pub fn one_county_one_zone(
    reg: &ValidRegister,
    county: &String,
    as_of: NaiveDate,
    params: &Params,
) -> Result<Answer<OneCountyOneZoneDetail>, Error> {
    let mut answer = county_count(reg, county, as_of, params)?;
    if super::common::before_issuance(&mut answer, as_of, *reg.issue_date) {
        answer.detail.must_merge = Some(false);
    }
    Ok(answer)
}

/// [`one_county_one_zone`] without its gate before issuance: the count as made on `as_of`
/// (the merger duty says "not yet applicable" of it before issuance).
///
/// # Errors
/// As [`one_county_one_zone`].
pub(crate) fn county_count(
    reg: &ValidRegister,
    county: &String,
    as_of: NaiveDate,
    params: &Params,
) -> Result<Answer<OneCountyOneZoneDetail>, Error> {
    let rule = RuleId::ART_02_C;
    if !reg.counties.iter().any(|c| &c.id == county)
        && !reg
            .zones
            .iter()
            .any(|z| z.county_id.as_ref() == Some(county))
    {
        return Err(Error::input(
            crate::error::Problem::UnknownReference,
            "input.countyId",
            text!(
                zh: "登记册中没有标识为 `{county}` 的县(市)条目,也没有属于它的开发区",
                ko: "등록부에 식별자가 `{county}`인 현(시) 항목도, 그에 속한 개발구도 없습니다",
                en: "unknown county `{county}`: no zone and no county entry in the register has this id"
            ),
        ));
    }
    let (_, window_end) = window(*reg.issue_date, params)?;
    let mut reasons = Vec::new();
    let mut needs_human = Vec::new();
    let mut counted = Vec::new();
    // Of the counted zones, how many are provincial ones (the others are industrial
    // concentration zones counted by AMB-05's default).
    let mut provincial = 0_usize;
    // Counted zones that may not count (named in art-12.b as dispatched), and zones left out
    // that may count (recorded as dispatched, not named in art-12.b).
    let mut doubtful_in = 0_usize;
    let mut doubtful_out = 0_usize;
    let mut level_unknown = false;
    // Counted zones found or flagged nominal: asked about only when leaving them out would
    // change the answer (below).
    let mut nominal: Vec<&Zone> = Vec::new();
    // Zones that would count but were merged on no recorded day: when they left is not known,
    // so neither whether a merger was due before they did.
    let mut undated_gone = 0_usize;
    for zone in reg
        .zones
        .iter()
        .filter(|z| z.county_id.as_ref() == Some(county))
    {
        match countable(zone, as_of, params) {
            Ok(code) => {
                if code == C::ZoneCountedProvincial {
                    provincial += 1;
                }
                counted.push(zone.id.clone());
                reasons.add(about(Reason::new(code, rule), zone));
                if super::common::nominal_ask(zone, Some(as_of)).is_some() {
                    // art-02.b revokes it: a zone to go may not be one to merge.
                    doubtful_in += 1;
                    nominal.push(zone);
                } else if named_dispatched_recorded_otherwise(zone, reg) {
                    doubtful_in += 1;
                    needs_human.add(about(
                        Reason::new(C::ZoneNamedDispatchedRecordedOtherwise, rule)
                            .with("recorded", zone.managing_authority.as_str()),
                        zone,
                    ));
                } else if let Some(like) = resembles_dispatched(zone) {
                    doubtful_in += 1;
                    needs_human.add(about(
                        Reason::new(C::ZoneNameResemblesNamed, rule).with("namedAs", like),
                        zone,
                    ));
                }
            }
            Err(code) if code == C::ZoneLevelUnknown => {
                level_unknown = true;
                needs_human.add(about(Reason::new(code, rule), zone));
            }
            Err(code) => {
                reasons.add(about(Reason::new(code, rule), zone));
                let would_count = zone.level == ZoneLevel::Provincial
                    || (zone.level == ZoneLevel::IndustrialConcentration
                        && params.county_zone_count_includes_icz);
                // (A revocation on no recorded day is not asked about: the catalog's TV-02-7.)
                if code == C::ZoneExcludedNotActive
                    && zone.status == ZoneStatus::Merged
                    && would_count
                    && zone.status_history.is_empty()
                    && zone.status_date.is_none()
                    && zone.parent_zone_id.is_none()
                {
                    undated_gone += 1;
                }
                if code == C::ZoneExcludedDispatched
                    && would_count
                    && recorded_dispatched_not_named(zone, reg, params)
                {
                    doubtful_out += 1;
                    needs_human.add(about(
                        Reason::new(C::ZoneRecordedDispatchedNotNamed, rule),
                        zone,
                    ));
                }
            }
        }
    }
    let n = counted.len();
    let must_merge = u32::try_from(n).map_or(true, |n| n >= params.merge_trigger_min);
    // Whether the zones in doubt could turn the count the other way.
    let at_least = |k: usize| u32::try_from(k).map_or(true, |k| k >= params.merge_trigger_min);
    let mut turns = (must_merge && !at_least(n.saturating_sub(doubtful_in)))
        || (!must_merge && at_least(n.saturating_add(doubtful_out)));
    if must_merge && !at_least(n.saturating_sub(nominal.len())) {
        for z in &nominal {
            needs_human.add(about(Reason::new(C::ZoneCountedNominal, rule), z));
        }
    }
    // Not required now, but it would have been with the zones gone on no recorded day: when
    // they went (before issuance, within the window or after it) is for a person.
    if !must_merge && as_of >= *reg.issue_date && at_least(n.saturating_add(undated_gone)) {
        turns = true;
        needs_human.add(
            Reason::new(C::CountyMergerUndated, rule)
                .with("count", undated_gone)
                .with("county", county.clone()),
        );
    }
    let count_reason = |code| {
        Reason::new(code, rule)
            .with("asOf", as_of)
            .with("count", n)
            .with("county", county.clone())
            .with("max", params.merge_target_max)
            .with("min", params.merge_trigger_min)
            .with("windowEnd", window_end)
    };
    // Under the trigger now by a merger: after the window (counted to merge when it ended), or
    // within it (counted to merge at issuance).
    let issued = *reg.issue_date;
    let (merged_late, merged_in_time) = if must_merge || as_of < issued {
        (None, None)
    } else if as_of > window_end {
        match merger_done(reg, county, (window_end, as_of), params) {
            Some(m) => (Some(m), None),
            None => (None, merger_done(reg, county, (issued, window_end), params)),
        }
    } else {
        (None, merger_done(reg, county, (issued, as_of), params))
    };
    let merger = merged_late.as_ref().or(merged_in_time.as_ref());
    // A zone counted when the window ended that was found or flagged nominal: were it left
    // out, was a merger due at all? For a person when that changes the answer (a merger done
    // late against none due; done in time, the county complies either way).
    if let Some(m) = &merged_late {
        if m.then.saturating_sub(m.nominal_then.len())
            < usize::try_from(params.merge_trigger_min).unwrap_or(usize::MAX)
        {
            turns = true;
            for z in &m.nominal_then {
                needs_human.add(about(Reason::new(C::ZoneCountedNominal, rule), z));
            }
        }
    }
    // The count's reason and the outcome it stands for; a person decides when the zones in
    // doubt could turn it (or, with nothing to merge now, a zone of unknown level could).
    let (code, outcome) = if merged_late.is_some() {
        (C::CountyMergedLate, Outcome::MetLate)
    } else if merged_in_time.is_some() {
        (C::CountyMergedInTime, Outcome::Compliant)
    } else if !must_merge {
        (C::CountyCompliant, Outcome::Compliant)
    } else if as_of <= window_end {
        (C::CountyMergeRequired, Outcome::MergeRequired)
    } else {
        (C::CountyMergeOverdue, Outcome::MergeOverdue)
    };
    reasons.add(match merger {
        Some(m) => count_reason(code)
            .with("countThen", m.then)
            .with("done", m.done),
        None => count_reason(code),
    });
    let outcome = if turns || (level_unknown && !must_merge) {
        Outcome::NeedsHuman
    } else {
        outcome
    };
    // The text's next sentence (art-02.d) treats a county whose zones are industrial
    // concentration zones as one 「没有省级开发区」, to apply for an upgrade: a merger that only
    // counting them makes required is AMB-05's reading, not the words' alone. Said for a person
    // rather than applied silently (the catalog's vectors TV-02-2/3 keep their outcome).
    // A merger done is weighed by the zones counted before it.
    let (must_merge_then, provincial) = match merger {
        Some(m) => (true, m.provincial_then),
        None => (must_merge, provincial),
    };
    if must_merge_then && u32::try_from(provincial).is_ok_and(|p| p < params.merge_trigger_min) {
        let code = if provincial == 0 {
            C::CountyMergeNoProvincialZone
        } else {
            C::CountyMergeOnlyWithIcz
        };
        needs_human.add(
            Reason::new(code, rule)
                .with("county", county.clone())
                .with("provincial", provincial),
        );
    }
    let mut used = crate::answer::ParamsUsed::new();
    used.set(
        "countyZoneCountIncludesIcz",
        params.county_zone_count_includes_icz.into(),
    );
    used.set(
        "countyZoneCountIncludesPrefDispatched",
        params.county_zone_count_includes_pref_dispatched.into(),
    );
    used.set("mergeTargetMax", params.merge_target_max.into());
    used.set("mergeTriggerMin", params.merge_trigger_min.into());
    window_params(&mut used, params);
    Ok(Answer {
        rule_id: rule,
        outcome,
        reasons,
        needs_human,
        params_used: used,
        detail: OneCountyOneZoneDetail {
            county_id: county.clone(),
            countable: counted,
            must_merge: (outcome != Outcome::NeedsHuman).then_some(must_merge),
            window_end: IsoDate(window_end),
        },
    })
}

/// The codes of art-02.c's `needsHuman`: an answer, or a merger duty, holding one is for a
/// person to settle (`severity::of_codes`, `Duty::needs_person`).
pub const MERGE_HUMAN_CODES: [C; 8] = [
    C::CountyMergerUndated,
    C::CountyMergeNoProvincialZone,
    C::CountyMergeOnlyWithIcz,
    C::ZoneCountedNominal,
    C::ZoneNamedDispatchedRecordedOtherwise,
    C::ZoneNameResemblesNamed,
    C::ZoneRecordedDispatchedNotNamed,
    C::ZoneLevelUnknown,
];

/// A merger of a county's zones that brought them under the trigger: how many were counted
/// on the day the span begins, the day they fell under it, how many of them were provincial
/// zones, and those of them found or flagged nominal then.
struct MergerDone<'r> {
    then: usize,
    done: NaiveDate,
    provincial_then: usize,
    nominal_then: Vec<&'r Zone>,
}

/// When `county`'s zones counted toward the trigger on `from` were enough to require a merger,
/// and merging (zones whose status became `MERGED`, on a recorded day after `from` and on or
/// before `to`) brought them under it: the [`MergerDone`]. A count that fell only through a
/// revocation is no merger (`None`); a zone merged on no recorded day was not counted on `from`
/// either.
fn merger_done<'r>(
    reg: &'r ValidRegister,
    county: &String,
    (from, to): (NaiveDate, NaiveDate),
    params: &Params,
) -> Option<MergerDone<'r>> {
    let counted_then: Vec<&Zone> = reg
        .zones
        .iter()
        .filter(|z| z.county_id.as_ref() == Some(county))
        .filter(|z| countable(z, from, params).is_ok())
        .collect();
    let then = counted_then.len();
    let trigger = usize::try_from(params.merge_trigger_min).ok()?;
    if then < trigger {
        return None;
    }
    // The days the zones counted then were merged away, in order; the trigger was no longer met
    // from the day enough of them had gone.
    let mut left: Vec<NaiveDate> = counted_then
        .iter()
        .filter(|z| z.status_on(to) == Some(ZoneStatus::Merged))
        .filter_map(|z| z.gone_since(to))
        .filter(|d| *d > from)
        .collect();
    crate::order::sort_with(&mut left, &|a, b| a.cmp(b));
    let done = *left.get(then - trigger)?;
    Some(MergerDone {
        then,
        done,
        provincial_then: counted_then
            .iter()
            .filter(|z| z.level == ZoneLevel::Provincial)
            .count(),
        nominal_then: counted_then
            .iter()
            .copied()
            .filter(|z| super::common::nominal_ask(z, Some(from)).is_some())
            .collect(),
    })
}

/// art-02.d's own fields.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "camelCase"))]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
#[cfg_attr(feature = "wasm", tsify(missing_as_null))]
pub struct UpgradeDetail {
    /// The candidate zone.
    pub zone_id: String,
    /// Its county.
    pub county_id: Option<String>,
    /// The first day a re-application is allowed again, when a revocation ban is in force.
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub reapply_allowed_from: Option<IsoDate>,
}

/// A revocation of a zone of `county` whose re-application ban may be in force on `as_of`: the
/// revoked zone, the first day a re-application is allowed, and whether the ban is certain (a
/// revocation under art-14.f) or only possible (the ground is not recorded). Revocations on
/// other grounds carry no ban.
fn reapply_bans<'r>(
    reg: &'r ValidRegister,
    county: Option<&'r String>,
    as_of: NaiveDate,
    params: &'r Params,
) -> impl Iterator<Item = (&'r Revocation, NaiveDate)> + 'r {
    reg.revocations
        .iter()
        .filter(move |r| {
            county.is_some() && reg.zone(&r.zone_id).and_then(|z| z.county_id.as_ref()) == county
        })
        .filter(|r| matches!(r.kind, Some(RevocationKind::Revocation14f) | None))
        .filter_map(move |r| {
            let last = add_years(*r.effective_date, params.reapply_ban_years)?;
            let from = last.succ_opt()?;
            (r.effective_date <= as_of && as_of < from).then_some((r, from))
        })
}

/// art-02.d: may the county apply to upgrade this industrial concentration zone to a
/// provincial zone? For a zone of a validated register on `as_of`.
#[must_use]
pub fn upgrade_eligibility(
    reg: &ValidRegister,
    zone: &Zone,
    as_of: NaiveDate,
    params: &Params,
) -> Answer<UpgradeDetail> {
    let rule = RuleId::ART_02_D;
    // Not a zone on the day (revoked, merged, not yet established): the rule does not apply, as
    // every zone check answers (`ZONE_REVOKED_BEFORE`, …).
    if let Some(r) = absent_on(rule, zone, as_of) {
        return not_applicable(
            rule,
            r,
            UpgradeDetail {
                zone_id: zone.id.clone(),
                county_id: zone.county_id.clone(),
                reapply_allowed_from: None,
            },
        );
    }
    let mut reasons = Vec::new();
    let mut needs_human = Vec::new();
    let mut blocked = false;
    let county = zone.county_id.as_ref();
    let neighbours: Vec<&Zone> = reg
        .zones
        .iter()
        .filter(|z| {
            county.is_some()
                && z.county_id.as_ref() == county
                && z.exists_on(as_of)
                && z.id != zone.id
        })
        .collect();
    let status = zone.status_on(as_of);
    // A zone flagged nominal is still a zone (art-02.b has not revoked it): a finding that it is
    // nominal bars it, the flag alone asks, a finding that it is not leaves it a candidate
    // (`common::nominal_ask`, as art-03.a and art-02.c read it).
    let in_force = matches!(
        status,
        Some(ZoneStatus::Active | ZoneStatus::NominalFlagged)
    );
    if zone.level == ZoneLevel::Unknown && in_force {
        // Whether the candidate is an industrial concentration zone at all is not recorded.
        needs_human.add(about(Reason::new(C::ZoneLevelUnknown, rule), zone));
    } else if zone.level != ZoneLevel::IndustrialConcentration || !in_force {
        blocked = true;
        reasons.add(match absent_on(rule, zone, as_of) {
            Some(r) => r,
            None => about(
                Reason::new(C::UpgradeCandidateNotActiveIcz, rule)
                    .with("level", zone.level.as_str())
                    .with("status", status.unwrap_or(zone.status).as_str()),
                zone,
            ),
        });
    }
    if zone.nominal_finding == Some(true) && in_force {
        // Found nominal: the same clause revokes it.
        blocked = true;
        reasons.add(about(Reason::new(C::UpgradeCandidateNominal, rule), zone));
    }
    // Flagged with no finding: asked at the end, only if nothing else bars.
    let candidate_ask = (in_force && zone.nominal_finding != Some(true))
        .then(|| super::common::nominal_ask(zone, Some(as_of)))
        .flatten()
        .map(|code| about(Reason::new(code, rule), zone));
    if county.is_none() {
        needs_human.add(about(Reason::new(C::UpgradeCountyNotRecorded, rule), zone));
    }
    let mut nominal_provincial: Vec<&Zone> = Vec::new();
    for p in neighbours
        .iter()
        .filter(|z| z.level == ZoneLevel::Provincial)
    {
        if p.parent_zone_id.is_some() {
            reasons.add(about(Reason::new(C::ZoneExcludedPark, rule), p));
        } else if crate::rules::preamble::outside_scope(p) {
            reasons.add(about(Reason::new(C::ZoneExcludedOutOfScope, rule), p));
        } else if !county_own(p, params) {
            reasons.add(about(Reason::new(C::ZoneExcludedDispatched, rule), p));
            if recorded_dispatched_not_named(p, reg, params) {
                needs_human.add(about(
                    Reason::new(C::ZoneRecordedDispatchedNotNamed, rule),
                    p,
                ));
            }
        } else if named_dispatched_recorded_otherwise(p, reg) {
            needs_human.add(about(
                Reason::new(C::ZoneNamedDispatchedRecordedOtherwise, rule)
                    .with("recorded", p.managing_authority.as_str()),
                p,
            ));
        } else if let Some(like) = resembles_dispatched(p) {
            needs_human.add(about(
                Reason::new(C::ZoneNameResemblesNamed, rule).with("namedAs", like),
                p,
            ));
        } else if super::common::nominal_ask(p, Some(as_of)).is_some() {
            // Revoked by art-02.b once found so: decisive only if no other zone bars (below).
            nominal_provincial.push(*p);
        } else {
            blocked = true;
            reasons.add(about(Reason::new(C::CountyHasProvincialZone, rule), p));
        }
    }
    for n in neighbours.iter().filter(|z| {
        z.level == ZoneLevel::National
            && z.parent_zone_id.is_none()
            && !crate::rules::preamble::outside_scope(z)
    }) {
        if params.national_zone_blocks_upgrade && county_own(n, params) {
            blocked = true;
            reasons.add(about(Reason::new(C::CountyHasNationalZone, rule), n));
        }
    }
    // Questions that decide only if nothing else bars (asked at the end).
    let mut asks: Vec<Reason> = candidate_ask.into_iter().collect();
    asks.extend(
        nominal_provincial
            .into_iter()
            .map(|p| about(Reason::new(C::CountyProvincialZoneNominal, rule), p)),
    );
    for u in neighbours
        .iter()
        .filter(|z| z.level == ZoneLevel::Unknown && county_own(z, params))
    {
        needs_human.add(about(Reason::new(C::ZoneLevelUnknown, rule), u));
    }
    if params.require_icz_integration_first
        && neighbours
            .iter()
            .any(|z| z.level == ZoneLevel::IndustrialConcentration)
    {
        blocked = true;
        reasons.add(about(Reason::new(C::IczIntegrationFirst, rule), zone));
    }
    let mut ban_from: Option<NaiveDate> = None;
    for (rev, from) in reapply_bans(reg, county, as_of, params) {
        ban_from = ban_from.max(Some(from));
        let revoked = reg.zone(&rev.zone_id);
        if rev.kind.is_none() {
            let r = Reason::new(C::RevocationGroundNotRecorded, rule)
                .with("allowedFrom", from)
                .with("effective", rev.effective_date);
            needs_human.add(match revoked {
                Some(z) => about(r, z),
                None => r,
            });
        } else if rev.zone_id == zone.id {
            // The revoked zone itself (AMB-38: any re-application, under any route).
            blocked = true;
            reasons.add(
                Reason::new(C::ReapplyBanInForce, rule)
                    .with("allowedFrom", from)
                    .with("asOf", as_of)
                    .with("years", params.reapply_ban_years)
                    .with("zone", rev.zone_id.clone()),
            );
        } else {
            // Another zone of the county: barred only if it covers substantially the same
            // area (AMB-38), which the register does not say.
            needs_human.add(
                Reason::new(C::ReapplyBanSameAreaNeedsHuman, rule)
                    .with("allowedFrom", from)
                    .with("zone", rev.zone_id.clone()),
            );
        }
    }
    // A zone of the county revoked by its status, with no revocation record: its ground (and,
    // undated, its date) is as unknown as a record's without `kind` (above).
    for z in reg.zones.iter().filter(|z| {
        county.is_some()
            && z.county_id.as_ref() == county
            && z.status_on(as_of) == Some(ZoneStatus::Revoked)
            && !reg.revocations.iter().any(|r| r.zone_id == z.id)
    }) {
        let within = z.status_since(as_of).is_none_or(|since| {
            add_years(since, params.reapply_ban_years).is_none_or(|last| as_of <= last)
        });
        if within {
            needs_human.add(about(
                Reason::new(C::RevokedWithoutRecord, rule).with("years", params.reapply_ban_years),
                z,
            ));
        }
    }
    match art14_assessment::yellow_card_in_force(reg, zone, as_of, params) {
        Some(card) if card.certain => {
            blocked = true;
            reasons.add(about(
                Reason::new(C::YellowCardBars, rule).with("year", card.year),
                zone,
            ));
        }
        Some(card) => needs_human.add(about(
            Reason::new(C::YellowCardMayBar, rule).with("year", card.year),
            zone,
        )),
        None => {}
    }
    if art15_environment::bars_year(reg, zone, as_of.year(), Some(as_of), params) {
        blocked = true;
        reasons.add(about(
            Reason::new(C::EnvInfraBars, rule).with("year", as_of.year()),
            zone,
        ));
    } else if let Some(r) =
        art15_environment::year_question(reg, zone, as_of.year(), Some(as_of), params, rule)
    {
        // art-15.a's own question for the year: 「晋升」 is among what it cancels.
        asks.push(r);
    }
    if !blocked {
        for r in asks {
            needs_human.add(r);
        }
    }
    let outcome = if blocked {
        Outcome::NotEligible
    } else if !needs_human.is_empty() {
        Outcome::NeedsHuman
    } else {
        reasons.add(about(Reason::new(C::UpgradeEligible, rule), zone));
        needs_human.add(about(Reason::new(C::UpgradeProvincialCriteria, rule), zone));
        Outcome::Eligible
    };
    let mut used = crate::answer::ParamsUsed::new();
    used.set(
        "countyZoneCountIncludesPrefDispatched",
        params.county_zone_count_includes_pref_dispatched.into(),
    );
    used.set(
        "nationalZoneBlocksUpgrade",
        params.national_zone_blocks_upgrade.into(),
    );
    used.set("reapplyBanYears", params.reapply_ban_years.into());
    used.set(
        "requireIczIntegrationFirst",
        params.require_icz_integration_first.into(),
    );
    // The bars it reads: a yellow card in force (art-14.d) and art-15.a's environmental bar.
    art14_assessment::yellow_card_params(&mut used, params);
    art15_environment::env_params(&mut used, params);
    Answer {
        rule_id: rule,
        outcome,
        reasons,
        needs_human,
        params_used: used,
        detail: UpgradeDetail {
            zone_id: zone.id.clone(),
            county_id: zone.county_id.clone(),
            reapply_allowed_from: (ban_from).map(IsoDate),
        },
    }
}

computed! {
    /// art-02.a as a computed rule ([`consolidation_window`]).
    ConsolidationWindow: ART_02_A(WindowInput) -> WindowDetail = consolidation_window;
    outcomes: [Open, Closed, NotYetApplicable];
}
computed! {
    /// art-02.b as a computed rule ([`nominal_zone`]).
    NominalZone: ART_02_B(ZoneInput) -> NominalDetail = |input, params| {
        // Asked of a day before issuance: the revocation this opinion orders did not exist.
        let as_of = input.as_of.map(IsoDate::get);
        super::common::on_zone_dated(input.register, &input.zone_id, (as_of, false), |reg, zone| {
            Ok(nominal_zone(reg, zone, as_of, params))
        })
    };
    outcomes: [Keep, Revoke, NeedsHuman, NotApplicable];
}
computed! {
    /// art-02.c as a computed rule ([`one_county_one_zone`]).
    OneCountyOneZone: ART_02_C(CountyInput) -> OneCountyOneZoneDetail = |input, params| {
        let reg = input.register.check("input.register")?;
        let mut answer = one_county_one_zone(&reg, &input.county_id, input.as_of.get(), params)?;
        // Asked of a day before issuance: no merger was required yet.
        if super::common::before_issuance(&mut answer, input.as_of.get(), *reg.issue_date) {
            answer.detail.must_merge = Some(false);
            return Ok(answer);
        }
        let kinds = crate::illustrative::county_sources(&reg, &input.county_id);
        crate::illustrative::mark(&mut answer, &kinds);
        Ok(answer)
    };
    outcomes: [Compliant, MergeRequired, MergeOverdue, MetLate, NeedsHuman, NotApplicable];
}
computed! {
    /// art-02.d as a computed rule ([`upgrade_eligibility`]).
    UpgradeEligibility: ART_02_D(ZoneInput, requires = ["asOf"]) -> UpgradeDetail = |input, params| {
        let as_of = input.as_of.ok_or_else(|| {
            Error::input(
                crate::error::Problem::MissingField,
                "input.asOf",
                text!(zh: "art-02.d 需要 `asOf`:是否处于禁止申报期或处罚期取决于日期", ko: "art-02.d에는 `asOf`가 있어야 합니다. 효력 중인 금지와 처벌은 날자에 따라 달라집니다", en: "art-02.d needs `asOf`: bans and sanctions in force depend on the date"),
            )
        })?;
        super::common::on_zone_dated(input.register, &input.zone_id, (Some(as_of.get()), false), |reg, zone| {
            Ok(upgrade_eligibility(reg, zone, as_of.get(), params))
        })
    };
    outcomes: [Eligible, NotEligible, NeedsHuman, NotApplicable];
}
