//! (九) 深化人事和薪酬制度改革.

use super::{Evaluation, Kind, OwedBy, RuleMeta, Strength};

/// art-09.a: Power to appoint mid-level cadres and hire within approved staffing
pub static ART_09_A: RuleMeta = RuleMeta {
    id: "art-09.a",
    title: "Power to appoint mid-level cadres and hire within approved staffing",
    clause: "(九)",
    clause_title: "深化人事和薪酬制度改革",
    kinds: &[Kind::PowerGrant],
    strength: Strength::Mandatory,
    bearers: &["ACT.ZONE"],
    owed_by: OwedBy::Nobody,
    quote: "赋予各开发区中层干部任免权和核定编制内自主用人权,实行岗位聘任制和绩效工资制",
    extra_quotes: &[],
    en: "Each zone is granted the power to appoint and remove mid-level cadres and autonomy to employ staff within its approved staffing quota; a post-appointment system and performance-based pay are applied.",
    ko: None,
    ambiguities: &[],
    evaluation: Evaluation::Planned("a permission check on staffing actions; not yet encoded"),
};

/// art-09.b: Leadership selection methods
pub static ART_09_B: RuleMeta = RuleMeta {
    id: "art-09.b",
    title: "Leadership selection methods",
    clause: "(九)",
    clause_title: "深化人事和薪酬制度改革",
    kinds: &[Kind::PowerGrant],
    strength: Strength::Permissive,
    bearers: &["ACT.LOCAL_PARTY_GOV"],
    owed_by: OwedBy::Nobody,
    quote: "各开发区管委会领导班子成员按照党政干部管理权限可采取公开选聘、竞争上岗等方式,选拔有能力、懂经济的优秀干部到开发区任职。",
    extra_quotes: &[],
    en: "Members of a zone MC's leadership team may, within the party-government cadre-management authority, be selected by open selection, competitive appointment and similar methods.",
    ko: Some("각 개발구 관리위원회 령도반부 성원은 당정 간부 관리권한에 따라 공개 선발초빙, 경쟁 임용 등 방식을 취하여 능력이 있고 경제를 아는 우수한 간부를 선발하여 개발구에서 임직하게 할 수 있다."),
    ambiguities: &[],
    evaluation: Evaluation::PlannedNeeds(crate::rules::why(
        "对选拔方式(「公开选聘、竞争上岗等方式」)的许可性检查,尚未编码",
        "선발 방식(‘공개 선발초빙, 경쟁 임용 등 방식’)에 대한 허용 여부 검사이며 아직 구현하지 않았다",
        "a permission check on selection methods; not yet encoded",
    )),
};

/// art-09.c: Other posts: hiring methods; pay tied to duties and performance
pub static ART_09_C: RuleMeta = RuleMeta {
    id: "art-09.c",
    title: "Other posts: hiring methods; pay tied to duties and performance",
    clause: "(九)",
    clause_title: "深化人事和薪酬制度改革",
    kinds: &[Kind::PowerGrant, Kind::Obligation],
    strength: Strength::Permissive,
    bearers: &["ACT.ZONE"],
    owed_by: OwedBy::Words,
    quote: "管委会其他工作岗位可视情况采取直接聘任、竞岗聘任和公开招聘方式,工作人员收入与岗位职责、工作业绩直接挂钩,实行奖优罚劣。",
    extra_quotes: &[],
    en: "Other MC posts may, as appropriate, be filled by direct appointment, competitive appointment or open recruitment; staff income is directly linked to post duties and performance, rewarding the good and penalising the poor.",
    ko: Some("관리위원회의 기타 사업일터는 정황에 따라 직접 초빙, 경쟁 초빙과 공개 모집 방식을 취할 수 있으며, 사업일군의 수입을 일터 직책, 사업실적과 직접 련결시켜 우수한 자를 장려하고 렬등한 자를 처벌한다."),
    ambiguities: &[],
    evaluation: Evaluation::PlannedNeeds(crate::rules::why(
        "对薪酬办法(「收入与岗位职责、工作业绩直接挂钩」)的检查,尚未编码",
        "보수 방안(‘수입을 일터 직책, 사업실적과 직접 련결’)에 대한 검사이며 아직 구현하지 않았다",
        "a check of pay schemes; not yet encoded",
    )),
};

/// art-09.d: Talent policies: special post, special pay
pub static ART_09_D: RuleMeta = RuleMeta {
    id: "art-09.d",
    title: "Talent policies: special post, special pay",
    clause: "(九)",
    clause_title: "深化人事和薪酬制度改革",
    kinds: &[Kind::PowerGrant],
    strength: Strength::Permissive,
    bearers: &["ACT.ZONE"],
    owed_by: OwedBy::Nobody,
    quote: "允许开发区自主制定专业人才引进政策,对高层次管理人才、特殊人才,可实行特岗特薪、特职特聘等方式灵活引才。",
    extra_quotes: &[],
    en: "Zones are allowed to set their own professional-talent policies; for high-level managers and special talent they may use special posts with special pay, special appointments, etc.",
    ko: Some("개발구가 전문인재 유치정책을 자주적으로 제정하는 것을 허용하며, 고차원 관리인재와 특수인재에 대하여 특별 일터 특별 보수, 특별 직무 특별 초빙 등 방식으로 인재를 령활하게 유치할 수 있다."),
    ambiguities: &[],
    evaluation: Evaluation::PlannedNeeds(crate::rules::why(
        "对人才政策(「特岗特薪、特职特聘等方式」)的许可性检查,尚未编码",
        "인재 정책(‘특별 일터 특별 보수, 특별 직무 특별 초빙 등 방식’)에 대한 허용 여부 검사이며 아직 구현하지 않았다",
        "a permission check on talent policies; not yet encoded",
    )),
};

/// art-09.e: Cadre exchange mechanism
pub static ART_09_E: RuleMeta = RuleMeta {
    id: "art-09.e",
    title: "Cadre exchange mechanism",
    clause: "(九)",
    clause_title: "深化人事和薪酬制度改革",
    kinds: &[Kind::Obligation],
    strength: Strength::Mandatory,
    bearers: &["AG.HRSS", "AG.ORGSTAFF", "AG.CTY_PARTY_GOV"],
    owed_by: OwedBy::ClauseList,
    quote: "建立开发区与州直、县(市)机关干部交流机制,推进开发区干部纵向横向交流。",
    extra_quotes: &[],
    en: "Establish a mechanism for exchanging cadres between zones and prefecture and county organs, promoting vertical and horizontal exchanges.",
    ko: Some("개발구와 주 직속, 현(시) 기관 간의 간부 교류기제를 건립하여 개발구 간부의 종적, 횡적 교류를 추진한다."),
    ambiguities: &[],
    evaluation: Evaluation::OpenItem,
};

/// art-09.f: Reform plan needs local party and government approval before execution
pub static ART_09_F: RuleMeta = RuleMeta {
    id: "art-09.f",
    title: "Reform plan needs local party and government approval before execution",
    clause: "(九)",
    clause_title: "深化人事和薪酬制度改革",
    kinds: &[Kind::EligibilityCheck],
    strength: Strength::Mandatory,
    bearers: &["ACT.LOCAL_PARTY_GOV"],
    owed_by: OwedBy::Nobody,
    quote: "各开发区根据实际制定人事和薪酬制度改革方案后,经所在地党委、政府审核批准后执行。",
    extra_quotes: &[],
    en: "After each zone formulates its personnel and pay reform plan according to its circumstances, the plan is executed only after review and approval by the party committee and government of the locality.",
    ko: None,
    ambiguities: &["AMB-36"],
    evaluation: Evaluation::Planned("a procedural precondition check; not yet encoded"),
};
