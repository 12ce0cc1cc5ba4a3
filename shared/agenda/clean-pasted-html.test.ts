import { describe, expect, it } from "vitest";
import { cleanPastedHtml, isAllowedHref } from "./clean-pasted-html";

// What Word for Windows (Office 365) puts on the clipboard, shortened but with its real shape:
// the Office namespaces, a <style> block in the head, conditional comments, StartFragment
// markers, Mso classes, mso-* styles, <o:p> and list paragraphs with their markers as text.
const wordDocument = (body: string) => `<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word"
xmlns:m="http://schemas.microsoft.com/office/2004/12/omml"
xmlns="http://www.w3.org/TR/REC-html40">

<head>
<meta http-equiv=Content-Type content="text/html; charset=utf-8">
<meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 15">
<link rel=File-List href="file:///C:/Users/lotte/AppData/Local/Temp/msohtmlclip1/01/clip_filelist.xml">
<!--[if gte mso 9]><xml>
 <o:OfficeDocumentSettings>
  <o:AllowPNG/>
 </o:OfficeDocumentSettings>
</xml><![endif]-->
<style>
<!--
 /* Font Definitions */
 @font-face
	{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{mso-style-unhide:no;
	margin:0cm;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;}
-->
</style>
<!--[if gte mso 10]>
<style>
 /* Style Definitions */
 table.MsoNormalTable
	{mso-style-name:"Standaardtabel";}
</style>
<![endif]-->
</head>

<body lang=NL link="#0563C1" vlink="#954F72" style='tab-interval:35.4pt;word-wrap:break-word'>
<!--StartFragment-->
${body}
<!--EndFragment-->
</body>

</html>`;

describe("cleanPastedHtml", () => {
  it("keeps headings, paragraphs, bold and italic from Word and drops its junk", () => {
    const html = wordDocument(`<h1>Doel van de werkgroep<o:p></o:p></h1>

<p class=MsoNormal>We willen dat <b>ouder wordende inwoners</b> langer <i
style='mso-bidi-font-style:normal'>prettig thuis</i> wonen.<o:p></o:p></p>

<p class=MsoNormal><o:p>&nbsp;</o:p></p>

<h2 style='mso-margin-top-alt:auto'><span style='mso-fareast-font-family:"Times New Roman"'>Aanpak<o:p></o:p></span></h2>

<p class=MsoNormal><span style='font-size:12.0pt;line-height:107%;mso-ascii-font-family:Calibri'>Eerst
de wijken in Lelystad.</span><span style='mso-spacerun:yes'> </span><o:p></o:p></p>`);
    expect(cleanPastedHtml(html)).toBe(
      "<h1>Doel van de werkgroep</h1>" +
        "<p>We willen dat <strong>ouder wordende inwoners</strong> langer <em>prettig thuis</em> wonen.</p>" +
        "<h2>Aanpak</h2>" +
        "<p>Eerst de wijken in Lelystad.</p>",
    );
  });

  it("turns Word's bulleted list paragraphs into a list", () => {
    const html = wordDocument(`<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span
style='font-family:Symbol;mso-fareast-font-family:Symbol;mso-bidi-font-family:
Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;
</span></span></span><![endif]>Huisartsen<o:p></o:p></p>

<p class=MsoListParagraphCxSpMiddle style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span
style='font-family:Symbol;mso-fareast-font-family:Symbol;mso-bidi-font-family:
Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;
</span></span></span><![endif]>Wijkteams in <b>Almere</b><o:p></o:p></p>

<p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span
style='font-family:Symbol;mso-fareast-font-family:Symbol;mso-bidi-font-family:
Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;
</span></span></span><![endif]>Zorgverzekeraar<o:p></o:p></p>

<p class=MsoNormal>Daarna de rest.<o:p></o:p></p>`);
    expect(cleanPastedHtml(html)).toBe(
      "<ul><li><p>Huisartsen</p></li><li><p>Wijkteams in <strong>Almere</strong></p></li><li><p>Zorgverzekeraar</p></li></ul><p>Daarna de rest.</p>",
    );
  });

  it("turns numbered list paragraphs into an ordered list and nests their levels", () => {
    const item = (level: number, marker: string, text: string, cls = "MsoListParagraphCxSpMiddle") =>
      `<p class=${cls} style='margin-left:${36 * level}.0pt;mso-add-space:auto;text-indent:-18.0pt;mso-list:l1 level${level} lfo2'><![if !supportLists]><span
style='mso-bidi-font-family:Calibri;mso-bidi-theme-font:minor-latin'><span style='mso-list:Ignore'>${marker}<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;
</span></span></span><![endif]>${text}<o:p></o:p></p>\n`;
    const html = wordDocument(
      item(1, "1.", "Verkennen", "MsoListParagraphCxSpFirst") +
        item(2, "a.", "Gesprekken met inwoners") +
        item(2, "b.", "Cijfers van de GGD") +
        item(1, "2.", "Kiezen") +
        item(1, "3.", "Uitwerken", "MsoListParagraphCxSpLast"),
    );
    expect(cleanPastedHtml(html)).toBe(
      "<ol>" +
        "<li><p>Verkennen</p><ol><li><p>Gesprekken met inwoners</p></li><li><p>Cijfers van de GGD</p></li></ol></li>" +
        "<li><p>Kiezen</p></li>" +
        "<li><p>Uitwerken</p></li>" +
        "</ol>",
    );
  });

  it("recognises Word's list paragraphs without the downlevel conditional (marker only in an Ignore span)", () => {
    const html = `<p class=MsoListParagraph style='mso-list:l2 level1 lfo3'><span style='mso-list:Ignore'>-<span style='font:7.0pt "Times New Roman"'>&nbsp; </span></span>Eén wijknetwerk</p>
<p class=MsoListParagraph style='mso-list:l2 level2 lfo3'><span style='font-family:"Courier New"'><span style='mso-list:Ignore'>o<span>&nbsp;&nbsp;</span></span></span>Lelystad</p>`;
    expect(cleanPastedHtml(html)).toBe("<ul><li><p>Eén wijknetwerk</p><ul><li><p>Lelystad</p></li></ul></li></ul>");
  });

  it("keeps tables with their cells and spans, without Word's widths and borders", () => {
    const html = wordDocument(`<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0
 style='border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt;
 mso-yfti-tbllook:1184;mso-padding-alt:0cm 5.4pt 0cm 5.4pt'>
 <tr style='mso-yfti-irow:0;mso-yfti-firstrow:yes'>
  <td width=302 valign=top style='width:226.55pt;border:solid windowtext 1.0pt;
  mso-border-alt:solid windowtext .5pt;padding:0cm 5.4pt 0cm 5.4pt'>
  <p class=MsoNormal><b>Geldstroom<o:p></o:p></b></p>
  </td>
  <td width=302 valign=top style='width:226.55pt'>
  <p class=MsoNormal><b>Bedrag<o:p></o:p></b></p>
  </td>
 </tr>
 <tr style='mso-yfti-irow:1;mso-yfti-lastrow:yes'>
  <td colspan=2 valign=top>
  <p class=MsoNormal>SPUK IZA &amp; transformatiemiddelen<o:p></o:p></p>
  </td>
 </tr>
</table>`);
    expect(cleanPastedHtml(html)).toBe(
      "<table>" +
        "<tr><td><p><strong>Geldstroom</strong></p></td><td><p><strong>Bedrag</strong></p></td></tr>" +
        '<tr><td colspan="2"><p>SPUK IZA &amp; transformatiemiddelen</p></td></tr>' +
        "</table>",
    );
  });

  it("keeps web and mail links and drops others (file, javascript, Word's bookmarks)", () => {
    const html = `<p class=MsoNormal>Zie <a href="https://www.zorgtafelflevoland.nl/agenda?jaar=2024&amp;deel=2"><span
style='color:#0563C1'>de agenda</span></a>, <a href="mailto:projectbureau@demo.nl">mail ons</a>,
<a href="file:///C:/Users/lotte/Documents/plan.docx">het plan</a>, <a href="javascript:alert(1)">klik</a>
en <a name="_GoBack"></a>verder.</p>`;
    expect(cleanPastedHtml(html)).toBe(
      '<p>Zie <a href="https://www.zorgtafelflevoland.nl/agenda?jaar=2024&amp;deel=2">de agenda</a>, <a href="mailto:projectbureau@demo.nl">mail ons</a>, het plan, klik en verder.</p>',
    );
  });

  it("drops images, VML shapes and conditional comments with their content", () => {
    const html = `<p class=MsoNormal><!--[if gte vml 1]><v:shape id="Afbeelding_x0020_1" o:spid="_x0000_i1025" type="#_x0000_t75">
 <v:imagedata src="file:///C:/Temp/image001.png" o:title=""/>
</v:shape><![endif]--><![if !vml]><img width=100 height=50 src="file:///C:/Temp/image001.png" v:shapes="Afbeelding_x0020_1"><![endif]>Logo van de regio<o:p></o:p></p>`;
    expect(cleanPastedHtml(html)).toBe("<p>Logo van de regio</p>");
  });

  it("keeps bold and italic said with styles (Google Docs) and drops its wrapper", () => {
    const html = `<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-1a2b3c"><p dir="ltr" style="line-height:1.38;margin-top:0pt;"><span style="font-size:11pt;font-family:Arial;font-weight:700;font-style:normal;">Planning</span><span style="font-size:11pt;font-family:Arial;font-weight:400;font-style:italic;"> in Q3 2024</span></p></b>`;
    expect(cleanPastedHtml(html)).toBe("<p><strong>Planning</strong><em> in Q3 2024</em></p>");
  });

  it("keeps real lists and line breaks, maps h4-h6 to h3 and removes empty spans", () => {
    const html = `<h4>Betrokken partijen</h4><ul><li>GGD<span></span></li><li>Gemeente<br>Dronten</li></ul><script>alert(1)</script><style>p{}</style>`;
    expect(cleanPastedHtml(html)).toBe("<h3>Betrokken partijen</h3><ul><li>GGD</li><li>Gemeente<br>Dronten</li></ul>");
  });

  it("does not let text become markup", () => {
    expect(cleanPastedHtml("<p>a < b en c > d</p>")).toBe("<p>a &lt; b en c &gt; d</p>");
    expect(cleanPastedHtml(`<p title='x"><script>'>tekst</p>`)).toBe("<p>tekst</p>");
  });

  it("leaves plain, clean HTML as it is", () => {
    const html = "<h2>Tijdlijn</h2><p>Start in <strong>Q1 2025</strong>.</p><ol><li><p>Eerst</p></li></ol>";
    expect(cleanPastedHtml(html)).toBe(html);
  });
});

describe("isAllowedHref", () => {
  it("allows http, https and mailto only", () => {
    expect(isAllowedHref("https://example.nl")).toBe(true);
    expect(isAllowedHref("http://example.nl/pad")).toBe(true);
    expect(isAllowedHref("mailto:iemand@example.nl")).toBe(true);
    expect(isAllowedHref("javascript:alert(1)")).toBe(false);
    expect(isAllowedHref("java\tscript:alert(1)")).toBe(false);
    expect(isAllowedHref("&#106;avascript:alert(1)")).toBe(false);
    expect(isAllowedHref("data:text/html,hoi")).toBe(false);
    expect(isAllowedHref("file:///C:/plan.docx")).toBe(false);
    expect(isAllowedHref("/regioplan")).toBe(false);
    expect(isAllowedHref("https://")).toBe(false);
  });
});
