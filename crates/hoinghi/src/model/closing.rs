use serde::{Deserialize, Serialize};

/// Thẩm quyền ký: the authority form of a signature.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "UPPERCASE")]
pub enum Authority {
    /// TM. (thay mặt): on behalf of a collective body.
    Tm,
    /// KT. (ký thay): a deputy signing for the head.
    Kt,
    /// TL. (thừa lệnh): by order of.
    Tl,
    /// TUQ. (thừa ủy quyền): by authorisation.
    Tuq,
    /// Q. (quyền): acting.
    Q,
}

impl Authority {
    /// Every form, for parsers and pickers.
    pub const ALL: [Self; 5] = [Self::Tm, Self::Kt, Self::Tl, Self::Tuq, Self::Q];

    /// The abbreviation as written, with its dot ("TM.").
    #[must_use]
    pub fn abbreviation(self) -> &'static str {
        match self {
            Self::Tm => "TM.",
            Self::Kt => "KT.",
            Self::Tl => "TL.",
            Self::Tuq => "TUQ.",
            Self::Q => "Q.",
        }
    }
}

/// Chữ ký: the signature block.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Signature {
    /// TM., KT., TL., TUQ. or Q., when the signer signs for someone else.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authority: Option<Authority>,
    /// What follows the authority form: the body ("BAN THƯỜNG VỤ QUẬN ĐOÀN") or the
    /// head's title ("BÍ THƯ" after KT.).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub principal: Option<String>,
    /// Further authority lines below the first, in order ("TM. ỦY BAN NHÂN DÂN" then
    /// "KT. CHỦ TỊCH"): the chain of signing for.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub delegations: Vec<Delegation>,
    /// The signer's title ("PHÓ BÍ THƯ").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The signer's name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

impl Signature {
    /// Whether nothing at all is filled in.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.authority.is_none()
            && self.delegations.is_empty()
            && self.principal.is_none()
            && self.title.is_none()
            && self.name.is_none()
    }
}

/// Ký thay, thừa lệnh…: one further step of a signature's chain ("KT. CHỦ TỊCH").
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Delegation {
    /// TM., KT., TL., TUQ. or Q.
    pub authority: Authority,
    /// What follows it ("CHỦ TỊCH").
    pub principal: String,
}

/// Nơi nhận: one recipient, with optional sub-units ("Thành Đoàn: VP, BTNTH").
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Recipient {
    /// The body.
    pub body: String,
    /// Its sub-units receiving the copy.
    #[serde(
        default,
        deserialize_with = "crate::de::nullable",
        skip_serializing_if = "Vec::is_empty"
    )]
    #[cfg_attr(feature = "schema", schemars(with = "Option<Vec<String>>"))]
    pub sub_units: Vec<String>,
}

/// Lưu: the archive copy ("Lưu VP", "Lưu: VT, VP").
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Archive {
    /// The units keeping a copy ("VP", "VT").
    pub units: Vec<String>,
}

/// Kinh phí: the budget.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Budget {
    /// The lines of the estimate.
    #[serde(default, deserialize_with = "crate::de::nullable")]
    #[cfg_attr(feature = "schema", schemars(with = "Option<Vec<BudgetItem>>"))]
    pub items: Vec<BudgetItem>,
    /// Tổng cộng: the total as written, in đồng (checked against the items).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total: Option<u64>,
    /// Nguồn kinh phí: where the money comes from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

impl Budget {
    /// The sum of the items, `None` on overflow.
    #[must_use]
    pub fn sum(&self) -> Option<u64> {
        self.items
            .iter()
            .try_fold(0u64, |acc, item| acc.checked_add(item.amount))
    }
}

/// One line of a budget.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct BudgetItem {
    /// What the money is for.
    pub description: String,
    /// The amount in đồng (VND).
    pub amount: u64,
}
