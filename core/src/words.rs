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

/// An enum with stable names and a label in each language, declared with `stable_enum!`: the
/// serde names, `as_str`, `FromStr`, `Display`, the TypeScript union and the labels all come
/// from its one declaration.
pub trait Stable: Copy + Sized + 'static {
    /// Every value, in declaration order.
    const ALL: &'static [Self];
    /// Every stable name, in declaration order.
    const NAMES: &'static [&'static str];
    /// The enum's name (its TypeScript name).
    const TYPE_NAME: &'static str;
    /// The stable name.
    fn name(self) -> &'static str;
    /// The label in the three languages.
    fn labels(self) -> Label;

    /// The value with stable name `name`.
    ///
    /// # Errors
    /// [`UnknownName`] listing the names when `name` is none of them.
    fn parse_name(name: &str) -> Result<Self, UnknownName> {
        Self::ALL
            .iter()
            .copied()
            .find(|v| v.name() == name)
            .ok_or(UnknownName {
                expected: Self::NAMES,
            })
    }
}

/// The label in `lang` of the value of `E` named `name`, if it is one (the text renderer's
/// lookup for a coded field).
#[must_use]
pub fn label_of<E: Stable>(name: &str, lang: Lang) -> Option<&'static str> {
    E::parse_name(name).ok().map(|v| v.labels().pick(lang))
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

    /// (after a final consonant, after a vowel, when the sound is unknown).
    const fn forms(self) -> (&'static str, &'static str, &'static str) {
        match self {
            Self::EunNeun => ("은", "는", "은(는)"),
            Self::IGa => ("이", "가", "이(가)"),
            Self::EulReul => ("을", "를", "을(를)"),
            Self::GwaWa => ("과", "와", "과(와)"),
            Self::EuroRo => ("으로", "로", "(으)로"),
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
fn ending(word: &str) -> Option<Ending> {
    let last = word.trim_end().chars().last()?;
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
        assert_eq!(particle("延吉市", Particle::EunNeun), "은(는)");
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
