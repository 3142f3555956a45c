//! `devzone fees`: the fee calculator's answer, line by line, in words.

use std::fmt::Write as _;

use devzone_rules::Lang;
use serde_json::{Map, Value};

use crate::render::{answer_lang, labels, rulebook_lines, t};

fn text<'a>(obj: &'a Map<String, Value>, key: &str) -> &'a str {
    obj.get(key).and_then(Value::as_str).unwrap_or_default()
}

/// `base … · relief … · payable …` of a line or a total.
fn amounts(obj: &Map<String, Value>, lang: Lang) -> String {
    let l = labels(lang);
    let yuan = |k: &str| {
        let v = text(obj, k);
        match lang {
            Lang::Zh => format!("{v}元"),
            Lang::En => format!("{v} yuan"),
            Lang::Ko => format!("{v}위안"),
        }
    };
    [
        (t("基数", "base", "기준액"), "base"),
        (t("减免", "relief", "감면"), "relief"),
        (t("应缴", "payable", "납부액"), "payable"),
    ]
    .iter()
    .map(|(label, k)| format!("{}{}{}", label.pick(lang), l.colon, yuan(k)))
    .collect::<Vec<_>>()
    .join(" · ")
}

fn fee_name(code: &str, lang: Lang) -> &'static str {
    match code {
        "LAND_TRANSFER_FEE" => t("土地出让金", "land-transfer fee", "토지양도금").pick(lang),
        _ => t(
            "城市基础设施配套费",
            "urban infrastructure fee",
            "도시기초시설 부대비용",
        )
        .pick(lang),
    }
}

fn words(code: &str, lang: Lang) -> &'static str {
    let tr = match code {
        "RECONSTRUCT" => t("改建", "reconstruction (改建)", "개축(改建)"),
        "REBUILD" => t("翻建", "rebuilding (翻建)", "재건축(翻建)"),
        "EXTEND" => t("扩建", "extension (扩建)", "증축(扩建)"),
        "NEW" => t("新建", "new build (新建)", "신축(新建)"),
        "EXEMPT" => t("不再征收", "not charged", "징수하지 않음"),
        "WAIVED" => t("免征", "waived", "면제"),
        "HALVED" => t("减半征收", "halved", "반감 징수"),
        "NO_RELIEF" => t("全额征收", "no relief", "전액 징수"),
        _ => t("需人工判断", "for a person to decide", "인적 판단 필요"),
    };
    tr.pick(lang)
}

/// Explains a fee calculation (the JSON of `api::fees`) in its own language.
pub fn explain(calc: &Value) -> String {
    let empty = Map::new();
    let obj = calc.as_object().unwrap_or(&empty);
    let lang = answer_lang(obj);
    let l = labels(lang);
    let mut out = String::new();
    let title = t(
        "建设项目收费计算",
        "Fee calculation",
        "건설 프로젝트 비용 산정",
    )
    .pick(lang);
    let outcome = match lang {
        Lang::Zh => format!("{}({})", text(obj, "outcomeLabel"), text(obj, "outcome")),
        _ => format!("{} ({})", text(obj, "outcomeLabel"), text(obj, "outcome")),
    };
    let _ = writeln!(out, "{title} · {outcome}\n");
    let lines = obj.get("lines").and_then(Value::as_array);
    let _ = writeln!(
        out,
        "{}{}",
        t("逐项", "Line by line", "항목별").pick(lang),
        l.colon.trim_end()
    );
    for (i, line) in lines.into_iter().flatten().enumerate() {
        let Some(line) = line.as_object() else {
            continue;
        };
        let _ = writeln!(
            out,
            "  {}. {} {} · {} · {} · {}",
            i + 1,
            text(line, "componentId"),
            words(text(line, "kind"), lang),
            fee_name(text(line, "fee"), lang),
            text(line, "citation"),
            words(text(line, "treatment"), lang),
        );
        let _ = writeln!(out, "     {}", amounts(line, lang));
        for key in ["reasons", "needsHuman"] {
            for r in line
                .get(key)
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
            {
                let mark = if key == "needsHuman" { "?" } else { "•" };
                let message = r.get("message").and_then(Value::as_str).unwrap_or_default();
                let _ = writeln!(out, "     {mark} {message}");
            }
        }
    }
    let _ = writeln!(
        out,
        "\n{}{}",
        t("小计", "Subtotals", "소계").pick(lang),
        l.colon.trim_end()
    );
    for sub in obj
        .get("byFee")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(Value::as_object)
    {
        let empty = Map::new();
        let totals = sub
            .get("totals")
            .and_then(Value::as_object)
            .unwrap_or(&empty);
        let _ = writeln!(
            out,
            "  {} [{}]{}{}",
            fee_name(text(sub, "fee"), lang),
            text(sub, "ruleId"),
            l.colon,
            amounts(totals, lang)
        );
    }
    if let Some(totals) = obj.get("totals").and_then(Value::as_object) {
        let _ = writeln!(
            out,
            "{}{}{}",
            t("合计", "Total", "합계").pick(lang),
            l.colon,
            amounts(totals, lang)
        );
    }
    out.push('\n');
    rulebook_lines(&mut out, obj, l);
    out
}
