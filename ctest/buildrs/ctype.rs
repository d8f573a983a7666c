//! Spells a Rust FFI type as a C type name, for the compiler to compare
//! with the declared one (`__builtin_types_compatible_p`).

use quote::ToTokens;
use syn::{GenericArgument, PathArguments, ReturnType, Type};

/// A C type, rendered around a declarator.
pub enum CType {
    /// A complete type specifier: `int`, `struct _object`, `__typeof__(...)`.
    Base(String),
    Ptr {
        to: Box<CType>,
        to_const: bool,
    },
    Array {
        of: Box<CType>,
        len: String,
    },
    Fn {
        ret: Box<CType>,
        args: Vec<CType>,
        variadic: bool,
    },
}

impl CType {
    /// The declaration of `decl` with this type (`decl` empty: a type name).
    pub fn render(&self, decl: &str) -> String {
        self.render_q(decl, false)
    }

    /// `konst`: qualify this type with `const`.
    pub fn render_q(&self, decl: &str, konst: bool) -> String {
        match self {
            CType::Base(name) => {
                let q = if konst { "const " } else { "" };
                format!("{q}{name}{}{decl}", if decl.is_empty() { "" } else { " " })
            }
            CType::Ptr { to, to_const } => {
                let inner = if konst {
                    format!("*const {decl}")
                } else {
                    format!("*{decl}")
                };
                let inner = match **to {
                    CType::Array { .. } | CType::Fn { .. } => format!("({})", inner.trim_end()),
                    _ => inner.trim_end().to_owned(),
                };
                to.render_q(&inner, *to_const)
            }
            // A qualified array is an array of qualified elements.
            CType::Array { of, len } => of.render_q(&format!("{decl}[{len}]"), konst),
            CType::Fn {
                ret,
                args,
                variadic,
            } => {
                let mut list: Vec<String> = args.iter().map(|a| a.render("")).collect();
                if *variadic {
                    list.push("...".into());
                }
                if list.is_empty() {
                    list.push("void".into());
                }
                ret.render(&format!("{decl}({})", list.join(", ")))
            }
        }
    }
}

/// Where the translator looks up pyffi's own type names.
pub trait Names {
    /// The C spelling of a pyffi type, or why there is none.
    fn spell(&self, rust_name: &str) -> Result<CType, String>;
    /// Whether a pyffi type alias names a bare `fn` type.
    fn is_fn(&self, rust_name: &str) -> bool;
}

pub fn translate(ty: &Type, names: &dyn Names) -> Result<CType, String> {
    match ty {
        Type::Paren(p) => translate(&p.elem, names),
        Type::Group(g) => translate(&g.elem, names),
        Type::Ptr(p) => {
            let to = translate(&p.elem, names)?;
            Ok(CType::Ptr {
                to: Box::new(to),
                to_const: p.const_token.is_some(),
            })
        }
        Type::Array(a) => {
            let len = match &a.len {
                syn::Expr::Lit(syn::ExprLit {
                    lit: syn::Lit::Int(i),
                    ..
                }) => i.base10_digits().to_owned(),
                other => {
                    return Err(format!(
                        "array length `{}` is not a literal",
                        other.to_token_stream()
                    ))
                }
            };
            Ok(CType::Array {
                of: Box::new(translate(&a.elem, names)?),
                len,
            })
        }
        Type::BareFn(f) => {
            if let Some(abi) = &f.abi {
                let name = abi
                    .name
                    .as_ref()
                    .map(|n| n.value())
                    .unwrap_or_else(|| "C".into());
                if name != "C" && name != "C-unwind" {
                    return Err(format!("extern \"{name}\" function"));
                }
            } else {
                return Err("Rust-ABI function pointer".into());
            }
            let ret = match &f.output {
                ReturnType::Default => CType::Base("void".into()),
                ReturnType::Type(_, t) if matches!(**t, Type::Never(_)) => {
                    CType::Base("void".into())
                }
                ReturnType::Type(_, t) => translate(t, names)?,
            };
            let args = f
                .inputs
                .iter()
                .map(|a| translate(&a.ty, names))
                .collect::<Result<_, _>>()?;
            // A Rust `fn` type is a pointer to the function.
            Ok(CType::Ptr {
                to: Box::new(CType::Fn {
                    ret: Box::new(ret),
                    args,
                    variadic: f.variadic.is_some(),
                }),
                to_const: false,
            })
        }
        Type::Path(p) if p.qself.is_none() => {
            let last = p.path.segments.last().unwrap();
            let name = last.ident.to_string();
            match (&last.arguments, name.as_str()) {
                (PathArguments::AngleBracketed(args), "Option") => {
                    let Some(GenericArgument::Type(inner)) = args.args.first() else {
                        return Err("Option without a type".into());
                    };
                    // A nullable function pointer is a C function pointer, written
                    // inline or through a pyffi alias of a bare `fn` type.
                    let is_fn = match inner {
                        Type::BareFn(_) => true,
                        Type::Path(p) => p
                            .path
                            .segments
                            .last()
                            .is_some_and(|s| names.is_fn(&s.ident.to_string())),
                        _ => false,
                    };
                    if is_fn {
                        translate(inner, names)
                    } else {
                        Err(format!("Option<{}>", inner.to_token_stream()))
                    }
                }
                (PathArguments::None, _) => {
                    if let Some(c) = primitive(&name) {
                        return Ok(CType::Base(c.into()));
                    }
                    // core's atomics have their integer's size and alignment; C declares
                    // the plain integer (the free-threaded object header's counts).
                    if let Some(c) = atomic(&name) {
                        return Ok(CType::Base(c.into()));
                    }
                    let from_libc = p.path.segments.len() > 1
                        && p.path.segments[p.path.segments.len() - 2].ident == "libc";
                    if from_libc {
                        return Ok(CType::Base(name));
                    }
                    names.spell(&name)
                }
                _ => Err(format!("generic type `{}`", ty.to_token_stream())),
            }
        }
        Type::Tuple(t) if t.elems.is_empty() => Ok(CType::Base("void".into())),
        Type::Never(_) => Ok(CType::Base("void".into())),
        other => Err(format!("type `{}`", other.to_token_stream())),
    }
}

/// Rust's fixed C types and primitives, by the name rustc resolves them to.
pub fn primitive(name: &str) -> Option<&'static str> {
    Some(match name {
        "c_char" => "char",
        "c_schar" => "signed char",
        "c_uchar" => "unsigned char",
        "c_short" => "short",
        "c_ushort" => "unsigned short",
        "c_int" => "int",
        "c_uint" => "unsigned int",
        "c_long" => "long",
        "c_ulong" => "unsigned long",
        "c_longlong" => "long long",
        "c_ulonglong" => "unsigned long long",
        "c_float" | "f32" => "float",
        "c_double" | "f64" => "double",
        "c_void" => "void",
        "i8" => "int8_t",
        "u8" => "uint8_t",
        "i16" => "int16_t",
        "u16" => "uint16_t",
        "i32" => "int32_t",
        "u32" => "uint32_t",
        "i64" => "int64_t",
        "u64" => "uint64_t",
        "isize" => "intptr_t",
        "usize" => "uintptr_t",
        "bool" => "_Bool",
        _ => return None,
    })
}

/// The C integer behind one of core's integer atomics.
pub fn atomic(name: &str) -> Option<&'static str> {
    Some(match name {
        "AtomicI8" => "int8_t",
        "AtomicU8" => "uint8_t",
        "AtomicI16" => "int16_t",
        "AtomicU16" => "uint16_t",
        "AtomicI32" => "int32_t",
        "AtomicU32" => "uint32_t",
        "AtomicI64" => "int64_t",
        "AtomicU64" => "uint64_t",
        "AtomicIsize" => "intptr_t",
        "AtomicUsize" => "uintptr_t",
        _ => return None,
    })
}

/// Whether `name` is a Rust integer type (after aliases are resolved).
pub fn is_integer(name: &str) -> bool {
    matches!(
        name,
        "c_char"
            | "c_schar"
            | "c_uchar"
            | "c_short"
            | "c_ushort"
            | "c_int"
            | "c_uint"
            | "c_long"
            | "c_ulong"
            | "c_longlong"
            | "c_ulonglong"
            | "i8"
            | "u8"
            | "i16"
            | "u16"
            | "i32"
            | "u32"
            | "i64"
            | "u64"
            | "i128"
            | "u128"
            | "isize"
            | "usize"
    )
}
