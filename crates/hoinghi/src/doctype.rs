//! Tên loại văn bản: document type codes and names (Nghị định 30/2020/NĐ-CP, appendix III,
//! plus the Party's own types of Hướng dẫn 36-HD/VPTW: thông tri, kết luận, and CV).

use crate::names;

/// Every known type: (code, name as written in a document heading).
pub const TYPES: &[(&str, &str)] = &[
    ("NQ", "NGHỊ QUYẾT"),
    ("QĐ", "QUYẾT ĐỊNH"),
    ("CT", "CHỈ THỊ"),
    ("QC", "QUY CHẾ"),
    ("QyĐ", "QUY ĐỊNH"),
    ("TB", "THÔNG BÁO"),
    ("HD", "HƯỚNG DẪN"),
    ("CTr", "CHƯƠNG TRÌNH"),
    ("KH", "KẾ HOẠCH"),
    ("PA", "PHƯƠNG ÁN"),
    ("ĐA", "ĐỀ ÁN"),
    ("DA", "DỰ ÁN"),
    ("BC", "BÁO CÁO"),
    ("BB", "BIÊN BẢN"),
    ("TTr", "TỜ TRÌNH"),
    ("HĐ", "HỢP ĐỒNG"),
    ("CĐ", "CÔNG ĐIỆN"),
    ("GUQ", "GIẤY ỦY QUYỀN"),
    ("GM", "GIẤY MỜI"),
    ("GGT", "GIẤY GIỚI THIỆU"),
    ("PG", "PHIẾU GỬI"),
    ("PC", "PHIẾU CHUYỂN"),
    ("CV", "CÔNG VĂN"),
    ("TT", "THÔNG TRI"),
    ("KL", "KẾT LUẬN"),
];

/// The name of a type code ("KH" → "KẾ HOẠCH"), compared exactly.
#[must_use]
pub fn name_of(code: &str) -> Option<&'static str> {
    TYPES.iter().find(|(c, _)| *c == code).map(|(_, n)| *n)
}

/// The code of a type name ("Kế hoạch" → "KH"), compared case-insensitively.
#[must_use]
pub fn code_of(name: &str) -> Option<&'static str> {
    TYPES
        .iter()
        .find(|(_, n)| names::same(n, name))
        .map(|(c, _)| *c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_and_names_map_both_ways() {
        assert_eq!(name_of("KH"), Some("KẾ HOẠCH"));
        assert_eq!(code_of("Kế hoạch"), Some("KH"));
        assert_eq!(code_of("GIẤY MỜI"), Some("GM"));
        assert_eq!(name_of("XX"), None);
    }
}
