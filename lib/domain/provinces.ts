// The 31 mainland provincial-level divisions (省级行政区: provinces, autonomous regions, municipalities) with
// their GB/T 2260 codes, names in both languages, and a place on the tile map. Hong Kong, Macao and Taiwan
// are outside the NHSA's lists, so they are not here.
// Tile positions: a grid cartogram, one tile per division, kept roughly where the division lies (north up,
// west left). They are a layout, not geography: neighbours stay neighbours where a grid allows.

export type Province = {
  /** GB/T 2260 six-digit code, e.g. "440000". */
  readonly code: string;
  readonly en: string;
  readonly zh: string;
  /** Short Chinese form used on tiles and in notices (简称 without the suffix), e.g. 广东. */
  readonly short: string;
  /** Tile map cell, 1-based: column (west to east) and row (north to south). */
  readonly col: number;
  readonly row: number;
};

export const PROVINCES: readonly Province[] = [
  { code: "230000", en: "Heilongjiang", zh: "黑龙江省", short: "黑龙江", col: 9, row: 1 },
  { code: "150000", en: "Inner Mongolia", zh: "内蒙古自治区", short: "内蒙古", col: 6, row: 2 },
  { code: "220000", en: "Jilin", zh: "吉林省", short: "吉林", col: 9, row: 2 },
  { code: "650000", en: "Xinjiang", zh: "新疆维吾尔自治区", short: "新疆", col: 1, row: 3 },
  { code: "110000", en: "Beijing", zh: "北京市", short: "北京", col: 7, row: 3 },
  { code: "210000", en: "Liaoning", zh: "辽宁省", short: "辽宁", col: 8, row: 3 },
  { code: "620000", en: "Gansu", zh: "甘肃省", short: "甘肃", col: 3, row: 3 },
  { code: "640000", en: "Ningxia", zh: "宁夏回族自治区", short: "宁夏", col: 4, row: 3 },
  { code: "140000", en: "Shanxi", zh: "山西省", short: "山西", col: 5, row: 3 },
  { code: "130000", en: "Hebei", zh: "河北省", short: "河北", col: 6, row: 3 },
  { code: "630000", en: "Qinghai", zh: "青海省", short: "青海", col: 2, row: 4 },
  { code: "610000", en: "Shaanxi", zh: "陕西省", short: "陕西", col: 4, row: 4 },
  { code: "410000", en: "Henan", zh: "河南省", short: "河南", col: 5, row: 4 },
  { code: "370000", en: "Shandong", zh: "山东省", short: "山东", col: 6, row: 4 },
  { code: "120000", en: "Tianjin", zh: "天津市", short: "天津", col: 7, row: 4 },
  { code: "540000", en: "Tibet", zh: "西藏自治区", short: "西藏", col: 1, row: 5 },
  { code: "510000", en: "Sichuan", zh: "四川省", short: "四川", col: 3, row: 5 },
  { code: "500000", en: "Chongqing", zh: "重庆市", short: "重庆", col: 4, row: 5 },
  { code: "420000", en: "Hubei", zh: "湖北省", short: "湖北", col: 5, row: 5 },
  { code: "340000", en: "Anhui", zh: "安徽省", short: "安徽", col: 6, row: 5 },
  { code: "320000", en: "Jiangsu", zh: "江苏省", short: "江苏", col: 7, row: 5 },
  { code: "530000", en: "Yunnan", zh: "云南省", short: "云南", col: 3, row: 6 },
  { code: "520000", en: "Guizhou", zh: "贵州省", short: "贵州", col: 4, row: 6 },
  { code: "430000", en: "Hunan", zh: "湖南省", short: "湖南", col: 5, row: 6 },
  { code: "360000", en: "Jiangxi", zh: "江西省", short: "江西", col: 6, row: 6 },
  { code: "330000", en: "Zhejiang", zh: "浙江省", short: "浙江", col: 7, row: 6 },
  { code: "310000", en: "Shanghai", zh: "上海市", short: "上海", col: 8, row: 6 },
  { code: "450000", en: "Guangxi", zh: "广西壮族自治区", short: "广西", col: 4, row: 7 },
  { code: "440000", en: "Guangdong", zh: "广东省", short: "广东", col: 5, row: 7 },
  { code: "350000", en: "Fujian", zh: "福建省", short: "福建", col: 6, row: 7 },
  { code: "460000", en: "Hainan", zh: "海南省", short: "海南", col: 5, row: 8 },
];

export const PROVINCE_COUNT = PROVINCES.length;

const BY_CODE = new Map(PROVINCES.map((province) => [province.code, province]));

/** Names a province may be given in an import or a request: its code, English name, full or short Chinese name. */
const BY_NAME = new Map(
  PROVINCES.flatMap((province) => [province.code, province.en.toLowerCase(), province.zh, province.short].map((name) => [name, province] as const)),
);

export function provinceByCode(code: string): Province | undefined {
  return BY_CODE.get(code);
}

/** A province from how an analyst wrote it ("440000", "Guangdong", "广东省" or "广东"); undefined when none. */
export function findProvince(name: string): Province | undefined {
  const text = name.trim();
  return BY_NAME.get(text) ?? BY_NAME.get(text.toLowerCase());
}

/** The province's name in one language. */
export function provinceName(province: Province, lang: "en" | "zh"): string {
  return lang === "zh" ? province.zh : province.en;
}
