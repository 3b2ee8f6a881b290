// svg-to-pdfkit ships no types; this is the part of its API the minutes use.
declare module 'svg-to-pdfkit' {
  interface SvgToPdfOptions {
    readonly width?: number;
    readonly height?: number;
    readonly preserveAspectRatio?: string;
    /** Read the SVG's user units as PDF points rather than CSS pixels. */
    readonly assumePt?: boolean;
    /** The registered font name for a family the SVG asks for. */
    readonly fontCallback?: (family: string, bold: boolean, italic: boolean, options: { fauxBold: boolean; fauxItalic: boolean }) => string;
    readonly warningCallback?: (message: string) => void;
  }
  export default function SVGtoPDF(doc: PDFKit.PDFDocument, svg: string, x: number, y: number, options?: SvgToPdfOptions): void;
}
