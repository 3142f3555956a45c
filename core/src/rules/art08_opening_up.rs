//! (八) 打造开放合作新平台.

use super::{Evaluation, Kind, OwedBy, RuleMeta, Strength};

/// art-08.a: Inter-provincial and international cooperation parks
pub static ART_08_A: RuleMeta = RuleMeta {
    id: "art-08.a",
    title: "Inter-provincial and international cooperation parks",
    clause: "(八)",
    clause_title: "打造开放合作新平台",
    kinds: &[Kind::PowerGrant],
    strength: Strength::Encouraged,
    bearers: &["ACT.ZONE"],
    owed_by: OwedBy::Nobody,
    quote: "支持有条件的开发区设立省际、国际合作园区。",
    extra_quotes: &[],
    en: "Support qualified zones in establishing inter-provincial and international cooperation parks.",
    ko: None,
    ambiguities: &[],
    evaluation: Evaluation::NotComputable("「有条件」 is undefined in the text: whether a zone qualifies is for a person to decide"),
};

/// art-08.b: Border economic cooperation zones: provincial now, national sought, cross-border later
pub static ART_08_B: RuleMeta = RuleMeta {
    id: "art-08.b",
    title: "Border economic cooperation zones: provincial now, national sought, cross-border later",
    clause: "(八)",
    clause_title: "打造开放合作新平台",
    kinds: &[Kind::Obligation],
    strength: Strength::Mandatory,
    bearers: &["AG.COMMERCE", "AG.DRC", "AG.CTY_GOV"],
    owed_by: OwedBy::ClauseList,
    quote: "加快设立省级边境经济合作区、积极争取获批国家级边境经济合作区,依托边境经济合作区逐步构建跨境经济合作区。",
    extra_quotes: &[],
    en: "Speed up establishing provincial-level border economic cooperation zones, actively seek approval of national-level border economic cooperation zones, and, building on them, gradually construct cross-border economic cooperation zones.",
    ko: None,
    ambiguities: &[],
    evaluation: Evaluation::OpenItem,
};

/// art-08.c: Participation in overseas economic and trade cooperation zones
pub static ART_08_C: RuleMeta = RuleMeta {
    id: "art-08.c",
    title: "Participation in overseas economic and trade cooperation zones",
    clause: "(八)",
    clause_title: "打造开放合作新平台",
    kinds: &[Kind::PowerGrant],
    strength: Strength::Encouraged,
    bearers: &["ACT.ZONE"],
    owed_by: OwedBy::Nobody,
    quote: "支持开发区参与境外经贸合作区建设。",
    extra_quotes: &[],
    en: "Support zones in participating in building overseas economic and trade cooperation zones.",
    ko: Some("개발구가 경외경제무역합작구 건설에 참여하는 것을 지원한다."),
    ambiguities: &[],
    evaluation: Evaluation::NotComputableBecause(crate::rules::why(
        "参与「境外经贸合作区」建设,不属于本意见所称「开发区」(pre.a),也没有可判定的条件",
        "‘경외경제무역합작구’ 건설 참여는 본 의견에서 말하는 ‘개발구’(pre.a)에 속하지 않으며 판정할 조건도 없다",
        "participation in zones abroad; outside the scope of 「开发区」 (pre.a) and without a condition to check",
    )),
};
