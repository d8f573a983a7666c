//! What the preprocessed headers declare, as far as spelling a Rust name in C
//! needs: typedef names, struct/union/enum tags, enumerators, and the
//! object-like macros (`-dM`). Values are never read here: the compiler
//! computes them.

use std::collections::BTreeSet;

#[derive(Default)]
pub struct CNames {
    pub typedefs: BTreeSet<String>,
    pub struct_tags: BTreeSet<String>,
    pub union_tags: BTreeSet<String>,
    pub enum_tags: BTreeSet<String>,
    pub enumerators: BTreeSet<String>,
    pub macros: BTreeSet<String>,
    /// Object-like macros whose body is one identifier (symbol renames).
    pub renames: std::collections::BTreeMap<String, String>,
    pub fn_macros: BTreeSet<String>,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Tok<'a> {
    Ident(&'a str),
    Punct(char),
    Other,
}

fn tokenize(text: &str) -> Vec<Tok<'_>> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    let mut line_start = true;
    while i < b.len() {
        let c = b[i];
        if c == b'\n' {
            line_start = true;
            i += 1;
            continue;
        }
        if c.is_ascii_whitespace() {
            i += 1;
            continue;
        }
        // Line markers (`# 1 "file"`) and pragmas.
        if c == b'#' && line_start {
            while i < b.len() && b[i] != b'\n' {
                i += 1;
            }
            continue;
        }
        line_start = false;
        if c == b'_' || c.is_ascii_alphabetic() {
            let s = i;
            while i < b.len() && (b[i] == b'_' || b[i].is_ascii_alphanumeric()) {
                i += 1;
            }
            out.push(Tok::Ident(&text[s..i]));
        } else if c.is_ascii_digit() {
            while i < b.len() && (b[i] == b'_' || b[i] == b'.' || b[i].is_ascii_alphanumeric()) {
                i += 1;
            }
            out.push(Tok::Other);
        } else if c == b'"' || c == b'\'' {
            i += 1;
            while i < b.len() && b[i] != c {
                if b[i] == b'\\' {
                    i += 1;
                }
                i += 1;
            }
            i += 1;
            out.push(Tok::Other);
        } else {
            out.push(Tok::Punct(c as char));
            i += 1;
        }
    }
    out
}

pub fn scan(preprocessed: &str, macro_defs: &str) -> CNames {
    let mut names = CNames::default();
    for line in macro_defs.lines() {
        let Some(rest) = line.strip_prefix("#define ") else {
            continue;
        };
        let end = rest
            .find(|c: char| !(c == '_' || c.is_ascii_alphanumeric()))
            .unwrap_or(rest.len());
        let name = rest[..end].to_owned();
        if rest[end..].starts_with('(') {
            names.fn_macros.insert(name);
        } else {
            let body = rest[end..].trim();
            if !body.is_empty()
                && body.bytes().all(|c| c == b'_' || c.is_ascii_alphanumeric())
                && !body.as_bytes()[0].is_ascii_digit()
            {
                names.renames.insert(name.clone(), body.to_owned());
            }
            names.macros.insert(name);
        }
    }

    let toks = tokenize(preprocessed);
    // Tags and enumerators, wherever they appear.
    for (i, t) in toks.iter().enumerate() {
        let Tok::Ident(kw) = t else { continue };
        let set = match *kw {
            "struct" => &mut names.struct_tags,
            "union" => &mut names.union_tags,
            "enum" => &mut names.enum_tags,
            _ => continue,
        };
        let mut j = i + 1;
        j = skip_attributes(&toks, j);
        if let Some(Tok::Ident(tag)) = toks.get(j) {
            set.insert((*tag).to_owned());
            j += 1;
        }
        if *kw == "enum" && toks.get(j) == Some(&Tok::Punct('{')) {
            enumerators(&toks, j, &mut names.enumerators);
        }
    }

    // Typedef names: top-level statements that start with `typedef`.
    let mut i = 0;
    while i < toks.len() {
        let start = i;
        let mut depth = 0i32;
        let mut end = toks.len();
        while i < toks.len() {
            match toks[i] {
                Tok::Punct('{') | Tok::Punct('(') | Tok::Punct('[') => depth += 1,
                Tok::Punct('}') | Tok::Punct(')') | Tok::Punct(']') => {
                    depth -= 1;
                    // A function body ends its statement with no `;`.
                    if depth == 0
                        && toks[i] == Tok::Punct('}')
                        && is_function_body(&toks[start..=i])
                    {
                        end = i + 1;
                        i += 1;
                        break;
                    }
                }
                Tok::Punct(';') if depth == 0 => {
                    end = i;
                    i += 1;
                    break;
                }
                _ => {}
            }
            i += 1;
        }
        let stmt = &toks[start..end.min(toks.len())];
        let stmt = &stmt[skip_attributes(strip_leading(stmt), 0)..];
        let stmt = strip_leading(stmt);
        if stmt.first() == Some(&Tok::Ident("typedef")) {
            typedef_names(&stmt[1..], &mut names.typedefs);
        }
    }
    names
}

fn strip_leading<'a, 'b>(mut stmt: &'b [Tok<'a>]) -> &'b [Tok<'a>] {
    loop {
        match stmt.first() {
            Some(Tok::Ident("__extension__")) => stmt = &stmt[1..],
            Some(Tok::Ident("__attribute__" | "__attribute" | "__declspec")) => {
                stmt = &stmt[skip_attributes(stmt, 0)..]
            }
            _ => return stmt,
        }
    }
}

/// `toks` runs from a statement's start to the `}` closing its first
/// top-level brace group: a function body if a `)` precedes the `{`.
fn is_function_body(toks: &[Tok]) -> bool {
    let mut depth = 0;
    for (i, t) in toks.iter().enumerate() {
        match t {
            Tok::Punct('{') if depth == 0 => return i > 0 && toks[i - 1] == Tok::Punct(')'),
            Tok::Punct('(') | Tok::Punct('[') | Tok::Punct('{') => depth += 1,
            Tok::Punct(')') | Tok::Punct(']') | Tok::Punct('}') => depth -= 1,
            _ => {}
        }
    }
    false
}

fn skip_attributes(toks: &[Tok], mut j: usize) -> usize {
    while let Some(Tok::Ident(
        "__attribute__" | "__attribute" | "__declspec" | "__asm__" | "__asm",
    )) = toks.get(j)
    {
        j += 1;
        j = skip_group(toks, j);
    }
    j
}

/// Skips a balanced `(...)` starting at `j`.
fn skip_group(toks: &[Tok], mut j: usize) -> usize {
    if toks.get(j) != Some(&Tok::Punct('(')) {
        return j;
    }
    let mut depth = 0;
    while j < toks.len() {
        match toks[j] {
            Tok::Punct('(') => depth += 1,
            Tok::Punct(')') => {
                depth -= 1;
                if depth == 0 {
                    return j + 1;
                }
            }
            _ => {}
        }
        j += 1;
    }
    j
}

fn enumerators(toks: &[Tok], open: usize, out: &mut BTreeSet<String>) {
    let mut depth = 0;
    let mut expect_name = true;
    for t in &toks[open..] {
        match t {
            Tok::Punct('{') | Tok::Punct('(') => {
                depth += 1;
                continue;
            }
            Tok::Punct('}') | Tok::Punct(')') => {
                depth -= 1;
                if depth == 0 {
                    return;
                }
                continue;
            }
            Tok::Punct(',') if depth == 1 => {
                expect_name = true;
                continue;
            }
            Tok::Ident(name) if depth == 1 && expect_name => {
                out.insert((*name).to_owned());
            }
            _ => {}
        }
        expect_name = false;
    }
}

fn typedef_names(toks: &[Tok], out: &mut BTreeSet<String>) {
    // Drop brace bodies and attributes: what is left is specifiers and declarators.
    let mut flat = Vec::new();
    let mut j = 0;
    let mut brace = 0;
    while j < toks.len() {
        match toks[j] {
            Tok::Punct('{') => brace += 1,
            Tok::Punct('}') => brace -= 1,
            Tok::Ident("__attribute__" | "__attribute" | "__asm__" | "__asm" | "__declspec")
                if brace == 0 =>
            {
                j = skip_group(toks, j + 1);
                continue;
            }
            t if brace == 0 => flat.push(t),
            _ => {}
        }
        j += 1;
    }
    // Split at top-level commas.
    let mut parts: Vec<&[Tok]> = Vec::new();
    let (mut depth, mut from) = (0, 0);
    for (k, t) in flat.iter().enumerate() {
        match t {
            Tok::Punct('(') | Tok::Punct('[') => depth += 1,
            Tok::Punct(')') | Tok::Punct(']') => depth -= 1,
            Tok::Punct(',') if depth == 0 => {
                parts.push(&flat[from..k]);
                from = k + 1;
            }
            _ => {}
        }
    }
    parts.push(&flat[from..]);
    for part in parts {
        if let Some(name) = declarator_name(part) {
            out.insert(name.to_owned());
        }
    }
}

fn declarator_name<'a>(part: &[Tok<'a>]) -> Option<&'a str> {
    // `( * [qualifiers] NAME )`: pointer to function or array.
    for k in 0..part.len() {
        if part[k] != Tok::Punct('(') {
            continue;
        }
        let mut m = k + 1;
        let mut stars = 0;
        while let Some(t) = part.get(m) {
            match t {
                Tok::Punct('*') => stars += 1,
                Tok::Ident("const" | "volatile" | "__restrict" | "restrict" | "__restrict__") => {}
                _ => break,
            }
            m += 1;
        }
        if stars > 0 {
            if let Some(Tok::Ident(name)) = part.get(m) {
                return Some(name);
            }
        }
    }
    // Otherwise the last identifier before any top-level `(` or `[`.
    let mut last = None;
    for t in part {
        match t {
            Tok::Punct('(') | Tok::Punct('[') => break,
            Tok::Ident(name) => last = Some(*name),
            _ => {}
        }
    }
    last
}
