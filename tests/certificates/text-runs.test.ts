import { describe, expect, it } from "vitest";
import { baseDirection, visualRuns } from "@/lib/certificates/text-runs";

const shape = (text: string, base?: "ltr" | "rtl") => visualRuns(text, base).map((r) => `${r.direction}:${r.font}:${r.text}`);

describe("certificate lines in mixed scripts", () => {
  it("keeps a left-to-right line as it is, with CJK in its own font", () => {
    expect(shape("Amina Okafor")).toEqual(["ltr:main:Amina Okafor"]);
    expect(shape("王小明 (Wang)")).toEqual(["ltr:cjk:王小明", "ltr:main: (Wang)"]);
  });

  it("puts the runs of a right-to-left line from right to left, digits and Latin words reading left to right", () => {
    expect(baseDirection("فاطمة الزهراء")).toBe("rtl");
    expect(shape("فاطمة الزهراء")).toEqual(["rtl:main:فاطمة الزهراء"]);
    // Logical: Arabic, then a Latin name. Visually in an RTL line the Latin name stands at the left.
    expect(shape("فاطمة Okafor")).toEqual(["ltr:main:Okafor", "rtl:main:فاطمة "]);
    expect(shape("أكمل في 2026", "rtl")).toEqual(["ltr:main:2026", "rtl:main:أكمل في "]);
    // A percent sign stays with its number (bidi rule W5): "87%", not "%87".
    expect(shape("الدرجة: 87%", "rtl")).toEqual(["ltr:main:87%", "rtl:main:الدرجة: "]);
  });

  it("keeps Arabic words in an English line where they stand", () => {
    expect(shape("Amina فاطمة Okafor", "ltr")).toEqual(["ltr:main:Amina ", "rtl:main:فاطمة", "ltr:main: Okafor"]);
  });
});
