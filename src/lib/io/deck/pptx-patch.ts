import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

/**
 * pptxgenjs writes scatter charts without a logarithmic X axis and with one line style for every series. Both
 * matter on a cost-by-volume slide (capacity steps must stay steps across decades; options must stay apart in
 * greyscale), so the chart XML is adjusted after writing: still a native, editable PowerPoint chart.
 */

/** How one series of a chart is drawn. */
export type SeriesStyle = {
  /** Office preset dash, e.g. 'dash', 'sysDot'; undefined keeps solid. */
  dash?: string;
  /** False draws no line (markers only). */
  line: boolean;
  /** A round marker of this size (points); undefined draws none. */
  markerSize?: number;
  /** 0–1 opacity of the line (ruled-out options are faded). */
  opacity?: number;
};

/** Token volumes as 1K / 1M / 1B on a number axis (Excel custom format: two conditions and a default). */
const VOLUME_FORMAT = '[>=1000000000]0.#,,,"B";[>=1000000]0.#,,"M";0.#,"K"';

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}

/** The first <c:valAx> of a scatter chart is its X axis: make it base-10 logarithmic with volume labels. */
export function logXAxis(xml: string): string {
  const start = xml.indexOf('<c:valAx>');
  if (start < 0) return xml;
  const end = xml.indexOf('</c:valAx>', start);
  const axis = xml
    .slice(start, end)
    .replace('<c:scaling>', '<c:scaling><c:logBase val="10"/>')
    .replace(
      /<c:numFmt formatCode="[^"]*" sourceLinked="1"\/>/,
      `<c:numFmt formatCode="${escapeAttribute(VOLUME_FORMAT)}" sourceLinked="0"/>`,
    );
  return xml.slice(0, start) + axis + xml.slice(end);
}

function styleOne(series: string, style: SeriesStyle): string {
  let out = series;
  if (!style.line)
    out = out.replace(/<a:ln w="[^"]*" cap="[^"]*">[\s\S]*?<\/a:ln>/, '<a:ln><a:noFill/></a:ln>');
  else {
    if (style.dash) out = out.replace('<a:prstDash val="solid"/>', `<a:prstDash val="${style.dash}"/>`);
    if (style.opacity !== undefined && style.opacity < 1) {
      const alpha = Math.round(style.opacity * 100_000);
      out = out.replace(
        /(<a:ln w="[^"]*" cap="[^"]*"><a:solidFill>)<a:srgbClr val="([0-9A-Fa-f]{6})"\/>/,
        `$1<a:srgbClr val="$2"><a:alpha val="${alpha}"/></a:srgbClr>`,
      );
    }
  }
  if (style.markerSize)
    out = out.replace(
      /<c:symbol val="[^"]*"\/>/,
      `<c:symbol val="circle"/><c:size val="${style.markerSize}"/>`,
    );
  return out;
}

/** Applies a style to each <c:ser> of a chart, in order. */
export function styleSeries(xml: string, styles: readonly SeriesStyle[]): string {
  let index = 0;
  return xml.replace(/<c:ser>[\s\S]*?<\/c:ser>/g, (series) => {
    const style = styles[index];
    index += 1;
    return style ? styleOne(series, style) : series;
  });
}

/** Rewrites every chart part of a .pptx (ppt/charts/chartN.xml) with `patch`, in chart order. */
export function patchCharts(
  pptx: Uint8Array,
  patch: (xml: string, chartIndex: number) => string,
): Uint8Array {
  const files = unzipSync(pptx);
  const charts = Object.keys(files)
    .filter((name) => /^ppt\/charts\/chart\d+\.xml$/.test(name))
    .sort((a, b) => Number(/\d+/.exec(a)![0]) - Number(/\d+/.exec(b)![0]));
  charts.forEach((name, index) => {
    files[name] = strToU8(patch(strFromU8(files[name]!), index));
  });
  return zipSync(files, { level: 6 });
}
