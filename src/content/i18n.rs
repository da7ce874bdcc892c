//! Fluent messages embedded in the binary, looked up per message along a language's fallback chain.

use std::{collections::HashMap, sync::OnceLock};

use fluent_bundle::{FluentArgs, FluentResource, concurrent::FluentBundle};
use rust_embed::RustEmbed;

use super::lang::{LANGUAGES, Lang};

pub use fluent_bundle::FluentValue;

#[derive(RustEmbed)]
#[folder = "locales/"]
struct LocaleFiles;

type Bundle = FluentBundle<FluentResource>;

/// All locales, parsed once. Cheap to share: lookups take `&self`.
pub struct Localizer {
    bundles: HashMap<&'static str, Bundle>,
    /// Message ids per locale, for parity checks and enumerations (e.g. numbered checklist steps).
    ids: HashMap<&'static str, Vec<String>>,
    /// Syntax errors found while loading, reported by the locale tests instead of being hidden.
    pub load_errors: Vec<String>,
}

/// The process-wide localizer (the locales are compiled in, so there is exactly one).
pub fn localizer() -> &'static Localizer {
    static LOCALIZER: OnceLock<Localizer> = OnceLock::new();
    LOCALIZER.get_or_init(Localizer::load)
}

impl Localizer {
    fn load() -> Localizer {
        let mut bundles = HashMap::new();
        let mut ids = HashMap::new();
        let mut load_errors = Vec::new();
        for info in LANGUAGES.iter() {
            let langid = info.tag.parse().unwrap_or_else(|_| unic_langid::langid!("en"));
            let mut bundle = Bundle::new_concurrent(vec![langid]);
            // Telegram shows text as is: Unicode isolation marks around arguments would only add
            // invisible characters that break copy-paste. Right-to-left text still reads right
            // because Telegram applies the bidi algorithm per paragraph.
            bundle.set_use_isolating(false);
            let mut names: Vec<String> = LocaleFiles::iter()
                .filter(|path| path.split('/').next() == Some(info.tag) && path.ends_with(".ftl"))
                .map(|p| p.into_owned())
                .collect();
            names.sort();
            let mut lang_ids = Vec::new();
            for name in names {
                let Some(file) = LocaleFiles::get(&name) else { continue };
                let source = String::from_utf8_lossy(&file.data).into_owned();
                let resource = match FluentResource::try_new(source) {
                    Ok(r) => r,
                    Err((r, errors)) => {
                        for e in errors {
                            load_errors.push(format!("{name}: {e:?}"));
                        }
                        r
                    }
                };
                for entry in resource.entries() {
                    if let fluent_syntax::ast::Entry::Message(m) = entry {
                        lang_ids.push(m.id.name.to_owned());
                    }
                }
                if let Err(errors) = bundle.add_resource(resource) {
                    for e in errors {
                        load_errors.push(format!("{name}: {e:?}"));
                    }
                }
            }
            lang_ids.sort();
            lang_ids.dedup();
            ids.insert(info.tag, lang_ids);
            bundles.insert(info.tag, bundle);
        }
        Localizer { bundles, ids, load_errors }
    }

    /// The message `id` in `lang`, falling back per message to the base language and English. A
    /// message that exists nowhere comes back as its id, so a gap shows without breaking a reply.
    pub fn text(&self, lang: Lang, id: &str) -> String {
        self.format(lang, id, None).unwrap_or_else(|| id.to_owned())
    }

    /// Like [`Localizer::text`], with arguments.
    pub fn text_args(&self, lang: Lang, id: &str, args: &FluentArgs) -> String {
        self.format(lang, id, Some(args)).unwrap_or_else(|| id.to_owned())
    }

    /// The message, or `None` when no locale in the chain has it.
    pub fn get(&self, lang: Lang, id: &str) -> Option<String> {
        self.format(lang, id, None)
    }

    /// Whether `lang` itself (not a fallback) defines `id`.
    pub fn defines(&self, lang: Lang, id: &str) -> bool {
        self.bundles.get(lang.tag()).is_some_and(|b| b.has_message(id))
    }

    /// Message ids defined by `lang` itself, sorted.
    pub fn ids(&self, lang: Lang) -> &[String] {
        self.ids.get(lang.tag()).map(Vec::as_slice).unwrap_or(&[])
    }

    /// Formats a message and reports formatting errors (a missing argument, say) as `Err`, for tests.
    pub fn try_format(
        &self,
        lang: Lang,
        id: &str,
        args: Option<&FluentArgs>,
    ) -> Result<String, String> {
        let bundle = self.bundles.get(lang.tag()).ok_or("no bundle")?;
        let msg = bundle.get_message(id).ok_or("no message")?;
        let pattern = msg.value().ok_or("no value")?;
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, args, &mut errors).into_owned();
        if errors.is_empty() { Ok(text) } else { Err(format!("{errors:?}")) }
    }

    fn format(&self, lang: Lang, id: &str, args: Option<&FluentArgs>) -> Option<String> {
        for lang in lang.fallback_chain() {
            let Some(bundle) = self.bundles.get(lang.tag()) else { continue };
            let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else { continue };
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, args, &mut errors);
            if !errors.is_empty() {
                tracing::warn!(lang = lang.tag(), id, ?errors, "message formatted with errors");
            }
            return Some(text.into_owned());
        }
        None
    }
}

/// Builds `FluentArgs` from `name => value` pairs: `args!["count" => 3, "name" => "front"]`.
#[macro_export]
macro_rules! fluent_args {
    ($($name:expr => $value:expr),* $(,)?) => {{
        #[allow(unused_mut)]
        let mut args = ::fluent_bundle::FluentArgs::new();
        $( args.set($name, $value); )*
        args
    }};
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use fluent_syntax::ast;

    use super::*;
    use crate::content::lang::LANGUAGES;

    /// Variables a message uses, found in its source (including inside select expressions).
    fn variables(lang: Lang, id: &str) -> BTreeSet<String> {
        let mut found = BTreeSet::new();
        for path in LocaleFiles::iter().filter(|p| p.split('/').next() == Some(lang.tag())) {
            let Some(file) = LocaleFiles::get(&path) else { continue };
            let source = String::from_utf8_lossy(&file.data).into_owned();
            let resource = match fluent_syntax::parser::parse(source.as_str()) {
                Ok(r) => r,
                Err((r, _)) => r,
            };
            for entry in resource.body {
                if let ast::Entry::Message(m) = entry
                    && m.id.name == id
                    && let Some(p) = &m.value
                {
                    collect_pattern(p, &mut found);
                }
            }
        }
        found
    }

    fn collect_pattern(p: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
        for element in &p.elements {
            if let ast::PatternElement::Placeable { expression } = element {
                collect_expression(expression, out);
            }
        }
    }

    fn collect_expression(e: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
        match e {
            ast::Expression::Select { selector, variants } => {
                collect_inline(selector, out);
                for v in variants {
                    collect_pattern(&v.value, out);
                }
            }
            ast::Expression::Inline(i) => collect_inline(i, out),
        }
    }

    fn collect_inline(i: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
        match i {
            ast::InlineExpression::VariableReference { id } => {
                out.insert(id.name.to_owned());
            }
            ast::InlineExpression::Placeable { expression } => collect_expression(expression, out),
            ast::InlineExpression::FunctionReference { arguments, .. } => {
                for a in &arguments.positional {
                    collect_inline(a, out);
                }
            }
            _ => {}
        }
    }

    #[test]
    fn every_locale_parses() {
        assert!(localizer().load_errors.is_empty(), "{:#?}", localizer().load_errors);
    }

    #[test]
    fn every_locale_exists_with_exactly_the_ids_of_english() {
        let en: BTreeSet<&String> = localizer().ids(Lang::EN).iter().collect();
        assert!(en.len() > 50, "English has {} messages", en.len());
        let mut problems = Vec::new();
        for lang in Lang::all().skip(1) {
            let ids: BTreeSet<&String> = localizer().ids(lang).iter().collect();
            let missing: Vec<_> = en.difference(&ids).collect();
            let extra: Vec<_> = ids.difference(&en).collect();
            if !missing.is_empty() {
                problems.push(format!(
                    "{} lacks {} ids, e.g. {:?}",
                    lang.tag(),
                    missing.len(),
                    &missing[..missing.len().min(5)]
                ));
            }
            if !extra.is_empty() {
                problems.push(format!(
                    "{} has {} ids English lacks, e.g. {:?}",
                    lang.tag(),
                    extra.len(),
                    &extra[..extra.len().min(5)]
                ));
            }
        }
        assert!(problems.is_empty(), "{}", problems.join("\n"));
        assert_eq!(LANGUAGES.len(), 21);
    }

    #[test]
    fn every_message_formats_with_the_arguments_english_gives_it() {
        let mut problems = Vec::new();
        for id in localizer().ids(Lang::EN) {
            let vars = variables(Lang::EN, id);
            let mut args = FluentArgs::new();
            for v in &vars {
                // Numbers exercise plural selectors; text works for everything else.
                if v == "count" || v == "n" || v == "days" {
                    args.set(v.clone(), 3);
                } else {
                    args.set(v.clone(), "X");
                }
            }
            for lang in Lang::all() {
                if !localizer().defines(lang, id) {
                    continue;
                }
                let used = variables(lang, id);
                if !used.is_subset(&vars) {
                    problems.push(format!(
                        "{}/{id} uses {:?} that English does not pass",
                        lang.tag(),
                        used.difference(&vars).collect::<Vec<_>>()
                    ));
                }
                match localizer().try_format(lang, id, Some(&args)) {
                    Ok(text) if text.trim().is_empty() => {
                        problems.push(format!("{}/{id} is empty", lang.tag()))
                    }
                    Ok(_) => {}
                    Err(e) => problems.push(format!("{}/{id}: {e}", lang.tag())),
                }
            }
        }
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    }

    #[test]
    fn missing_messages_fall_back_and_never_panic() {
        let l = localizer();
        assert_eq!(l.text(Lang::EN, "no-such-message"), "no-such-message");
        assert!(l.get(Lang::EN, "no-such-message").is_none());
        let pt_br = Lang::from_tag("pt-BR").unwrap();
        assert!(!l.text(pt_br, "btn-menu").is_empty());
    }
}
