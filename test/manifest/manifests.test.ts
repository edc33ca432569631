// Both manifests, checked offline as strongly as the public tools allow; and proof that each
// check fails on a broken manifest.
import { existsSync, readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { inflateSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import {
  baseUrlFrom,
  checkBaseUrl,
  checkXmlManifest,
  compareManifests,
  convertXml,
  jsonComposeControlIds,
  jsonFacts,
  normaliseConverted,
  parseXml,
  rebase,
  root,
  validateUnified,
  validateXsd,
  defaultXsdDir,
  xmlComposeControlIds,
  xmlFacts,
} from '../../scripts/manifests.mjs';
import { checkManifestPair } from '../../scripts/manifestPair.mjs';
import { handlerCommandIds } from '../../src/events/onMessageSend';

const xml = readFileSync(resolve(root, 'manifest.xml'), 'utf8');
const json = JSON.parse(readFileSync(resolve(root, 'addin/manifest.json'), 'utf8'));
const clone = <T>(v: T): T => structuredClone(v);
const pngSize = (path: string) => {
  const b = readFileSync(path);
  return [b.readUInt32BE(16), b.readUInt32BE(20)];
};

describe('manifest.xml', () => {
  test('element order, required elements, resids and URLs are all right', () => {
    expect(checkXmlManifest(xml)).toEqual([]);
  });

  test('says what the add-in needs and no more', () => {
    const facts = xmlFacts(xml);
    expect(facts.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect([...facts.permissions]).toEqual(['MailboxItem.ReadWrite.User', 'Mailbox.SharedFolder']);
    expect(facts.events).toEqual([
      'OnMessageSend:onMessageSendHandler:SoftBlock',
      'OnMessageRecipientsChanged:onMessageRecipientsChangedHandler:',
      'OnMessageFromChanged:onMessageFromChangedHandler:',
    ]);
    // 1.14: classic Outlook 2404+ only (every build before 2403 runs handlers in an ES2016-only runtime).
    expect(facts.eventsMinVersion).toBe('1.14');
    expect(facts.pinnable).toBe(true);
    expect(xml).toContain('<Override type="javascript" resid="EventsScript.Url"/>');
    // Its own name: the unified manifest's is "NAS Assistant" (scripts/manifestPair.mjs).
    expect(xml).toMatch(/<DisplayName DefaultValue="NAS Assistant \(Outlook add-in\)"\/>/);
  });

  test("converted by Microsoft's converter, it validates against the official unified schema", async () => {
    const converted = normaliseConverted(await convertXml(resolve(root, 'manifest.xml')));
    expect(validateUnified(converted)).toEqual([]);
    expect(converted.authorization.permissions.resourceSpecific.map((p: { name: string }) => p.name)).toContain('Mailbox.SharedFolder');
  });

  test('every icon it names exists in assets/ at the size its name says', () => {
    for (const [, file, size] of xml.matchAll(/\/(icon-(\d+)\.png)"/g))
      expect(pngSize(resolve(root, 'assets', file!))).toEqual([Number(size), Number(size)]);
  });
});

// The XSD set lives beside the repository (../shared/xsd), never in it; NAS_XSD_DIR overrides.
const xsdDir = process.env.NAS_XSD_DIR || defaultXsdDir;
const haveXsd = existsSync(join(xsdDir, 'OfficeAppManifestV1_1.xsd'));

describe('manifest.xml against the add-in manifest XSDs (xmllint --schema)', () => {
  test.skipIf(!haveXsd)('validates', () => {
    expect(validateXsd(resolve(root, 'manifest.xml'), xsdDir)).toEqual({ problems: [] });
  });

  test.skipIf(!haveXsd)('a manifest the schema rejects is reported with the line and the reason', () => {
    const dir = mkdtempSync(join(tmpdir(), 'nas-xsd-'));
    try {
      const bad = join(dir, 'manifest.xml');
      writeFileSync(
        bad,
        xml
          .replace('<Permissions>ReadWriteItem</Permissions>', '<Permissions>Everything</Permissions>')
          .replace('SendMode="SoftBlock"', 'SendMode="Maybe"'),
      );
      const result = validateXsd(bad, xsdDir);
      expect(result.problems).toContainEqual(expect.stringMatching(/Permissions.*'Everything' is not an element of the set/));
      expect(result.problems).toContainEqual(expect.stringMatching(/SendMode.*'Maybe'/));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('without the XSD folder, it says so rather than passing silently', () => {
    expect(validateXsd(resolve(root, 'manifest.xml'), '/nonexistent/xsd')).toEqual({
      skipped: expect.stringContaining('the XSD set is not at /nonexistent/xsd'),
    });
  });
});

describe('the checks fail on broken manifests', () => {
  const broken = (from: string, to: string) => {
    expect(xml).toContain(from);
    return checkXmlManifest(xml.replace(from, to));
  };

  test('elements out of order', () => {
    expect(
      broken(
        '<ProviderName>NAS Assistant project</ProviderName>\n  <DefaultLocale>en-GB</DefaultLocale>',
        '<DefaultLocale>en-GB</DefaultLocale>\n  <ProviderName>NAS Assistant project</ProviderName>',
      ),
    ).toEqual(['OfficeApp: <ProviderName> is out of order (must come before <DefaultLocale>)']);
    const moved = xml
      .replace('            <SupportsSharedFolders>true</SupportsSharedFolders>\n', '')
      .replace(
        '          </DesktopFormFactor>\n        </Host>\n      </Hosts>\n      <Resources>\n        <bt:Images>\n          <bt:Image id="Icon.16" DefaultValue="https://localhost:3000/icon-16.png"/>\n          <bt:Image id="Icon.32" DefaultValue="https://localhost:3000/icon-32.png"/>\n          <bt:Image id="Icon.80" DefaultValue="https://localhost:3000/icon-80.png"/>\n        </bt:Images>\n        <bt:Urls>\n          <bt:Url id="Taskpane.Url" DefaultValue="https://localhost:3000/taskpane.html"/>\n          <bt:Url id="Events.Url"',
        '            <SupportsSharedFolders>true</SupportsSharedFolders>\n          </DesktopFormFactor>\n        </Host>\n      </Hosts>\n      <Resources>\n        <bt:Images>\n          <bt:Image id="Icon.16" DefaultValue="https://localhost:3000/icon-16.png"/>\n          <bt:Image id="Icon.32" DefaultValue="https://localhost:3000/icon-32.png"/>\n          <bt:Image id="Icon.80" DefaultValue="https://localhost:3000/icon-80.png"/>\n        </bt:Images>\n        <bt:Urls>\n          <bt:Url id="Taskpane.Url" DefaultValue="https://localhost:3000/taskpane.html"/>\n          <bt:Url id="Events.Url"',
      );
    expect(checkXmlManifest(moved)).toContainEqual(expect.stringMatching(/<SupportsSharedFolders> is out of order/));
  });

  test('a required element missing, or one that does not belong', () => {
    expect(broken('<Permissions>ReadWriteItem</Permissions>', '')).toContainEqual('OfficeApp: required <Permissions> is missing');
    expect(broken('<RequestedHeight>250</RequestedHeight>', '<RequestedHeight>250</RequestedHeight><Colour>blue</Colour>')).toContainEqual(
      expect.stringMatching(/<Colour> is not allowed here/),
    );
  });

  test('a resid that resolves to nothing', () => {
    expect(broken('<bt:Url id="EventsScript.Url"', '<bt:Url id="EventScript.Url"')).toEqual([
      'resid "EventsScript.Url" on <Override> has no Urls resource',
    ]);
  });

  test('URLs that are not https, or not under the base URL', () => {
    expect(broken('https://localhost:3000/support.html', 'http://localhost:3000/support.html')).toEqual([
      'URL is not https: http://localhost:3000/support.html',
    ]);
    expect(broken('https://localhost:3000/icon-64.png', 'https://cdn.example.com/icon-64.png')).toEqual([
      'URL is not under https://localhost:3000: https://cdn.example.com/icon-64.png',
    ]);
  });

  test('a comment with "--" in it (Microsoft\'s parser rejects it)', () => {
    expect(
      broken('<Permissions>ReadWriteItem</Permissions>', '<!-- npm run build -- --base-url --><Permissions>ReadWriteItem</Permissions>'),
    ).toEqual(['XML comments cannot contain "--"']);
  });

  test('XML that does not parse', () => {
    expect(checkXmlManifest(xml.replace('</Hosts>', '')).length).toBeGreaterThan(0);
  });

  test('a unified manifest that breaks the schema', () => {
    const bad = clone(json);
    delete bad.id;
    bad.extensions[0].autoRunEvents[0].events[0].options.sendMode = 'maybe';
    const problems = validateUnified(bad);
    expect(problems).toContainEqual(expect.stringMatching(/must have required property 'id'/));
    expect(problems).toContainEqual(expect.stringMatching(/sendMode must be equal to one of the allowed values/));
    expect(validateUnified({ ...json, manifestVersion: '0.1' })).toEqual(['No official schema is bundled for manifestVersion 0.1']);
  });

  test('manifests that disagree', () => {
    const other = clone(json);
    other.version = '1.0.1';
    other.authorization.permissions.resourceSpecific.pop();
    other.extensions[0].autoRunEvents[0].events[0].options.sendMode = 'promptUser';
    expect(compareManifests(xml, other)).toEqual([
      'version: XML has 1.0.0, JSON has 1.0.1',
      'permission: Mailbox.SharedFolder is in the XML manifest only',
      'event: OnMessageSend:onMessageSendHandler:SoftBlock is in the XML manifest only',
      'event: OnMessageSend:onMessageSendHandler:PromptUser is in the unified manifest only',
    ]);
  });
});

describe('addin/manifest.json (the Microsoft 365 app package)', () => {
  test('validates against the official schema for its manifestVersion', () => {
    expect(validateUnified(json)).toEqual([]);
  });

  test('describes the same add-in as manifest.xml: version, pages, permissions, events', () => {
    expect(compareManifests(xml, json)).toEqual([]);
  });

  test('its two icons are the sizes the package needs', () => {
    expect(pngSize(resolve(root, 'addin', json.icons.color))).toEqual([192, 192]);
    expect(pngSize(resolve(root, 'addin', json.icons.outline))).toEqual([32, 32]);
  });

  test('the send event and its runtime need Mailbox 1.14 in the unified manifest too', () => {
    expect(jsonFacts(json).eventsMinVersion).toBe('1.14');
    const events = json.extensions[0].runtimes.find((r: { id: string }) => r.id === 'EventsRuntime');
    expect(events.requirements.capabilities).toEqual([{ name: 'Mailbox', minVersion: '1.14' }]);
  });

  test('every commandId the send guard can send is a compose button (control) id in both manifests', () => {
    expect(handlerCommandIds.length).toBeGreaterThan(0);
    const xmlIds = xmlComposeControlIds(parseXml(xml).doc);
    const jsonIds = jsonComposeControlIds(json);
    for (const id of handlerCommandIds) {
      expect(xmlIds).toContain(id);
      expect(jsonIds).toContain(id);
    }
    // An action id is not enough: the unified manifest's commandId must name a control.
    const actionIds = json.extensions[0].runtimes.flatMap((r: { actions: { id: string }[] }) => r.actions.map((a) => a.id));
    for (const id of handlerCommandIds) expect(actionIds).not.toContain(id);
  });

  test('manifests whose compose button ids differ are reported', () => {
    const other = clone(json);
    other.extensions[0].ribbons[0].tabs[0].groups[0].controls[0].id = 'nasOpenPaneButton';
    expect(compareManifests(xml, other)).toEqual([
      'compose button id: msgComposeOpenPaneButton is in the XML manifest only',
      'compose button id: nasOpenPaneButton is in the unified manifest only',
    ]);
  });
});

describe('pointing the manifests at another host', () => {
  test('rebased manifests pass the same checks for the new base URL', () => {
    const base = 'https://nas.trust.example.nhs.uk/addin';
    const rebased = rebase(xml, base);
    expect(checkXmlManifest(rebased, base)).toEqual([]);
    expect(checkXmlManifest(rebased)).toContainEqual(expect.stringMatching(/not under https:\/\/localhost:3000/));
    const j = JSON.parse(rebase(JSON.stringify(json), base));
    expect(validateUnified(j)).toEqual([]);
    expect(compareManifests(rebased, j)).toEqual([]);
  });

  test('the base URL comes from --base-url, then NAS_BASE_URL, then the default', () => {
    expect(baseUrlFrom(['--base-url', 'https://a.example/x/'], { NAS_BASE_URL: 'https://b.example' })).toBe('https://a.example/x');
    expect(baseUrlFrom(['--base-url=https://a.example'], {})).toBe('https://a.example');
    expect(baseUrlFrom([], { NAS_BASE_URL: 'https://b.example' })).toBe('https://b.example');
    expect(baseUrlFrom([], {})).toBe('https://localhost:3000');
  });

  test('only https base URLs are accepted', () => {
    expect(checkBaseUrl('https://nas.example.org')).toBeUndefined();
    expect(checkBaseUrl('http://nas.example.org')).toMatch(/HTTPS only/);
    expect(checkBaseUrl('nas.example.org')).toMatch(/Not a URL/);
  });
});

// Microsoft, "Manage both a unified manifest and an add-in only manifest version of your Office
// Add-in": a different GUID, the XML add-in hidden through
// extensions[].alternates[].hide.customOfficeAddin.officeAddinId, different names and icons.
describe('the two manifests are two versions of one add-in, as Microsoft documents them', () => {
  const xmlId = xmlFacts(xml).id!;
  const readIcon = (ref: string, side: 'xml' | 'json') => {
    const name = ref.split('/').pop()!;
    const path = resolve(root, side === 'json' && !ref.includes('/') ? 'addin' : 'assets', name);
    return existsSync(path) ? readFileSync(path) : undefined;
  };
  const source = '(Microsoft: "Manage both a unified manifest and an add-in only manifest version of your Office Add-in")';

  test('different GUIDs; the unified manifest hides the XML add-in by its <Id>; different names; no icon shared', () => {
    expect(json.id).not.toBe(xmlId);
    expect(json.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(json.extensions[0].alternates).toEqual([{ hide: { customOfficeAddin: { officeAddinId: xmlId } } }]);
    expect(json.name.short).toBe('NAS Assistant');
    expect(xml).toContain('<DisplayName DefaultValue="NAS Assistant (Outlook add-in)"/>');
    expect(checkManifestPair(xml, json, readIcon)).toEqual([]);
  });

  test("the unified manifest's icons are another picture: the same envelope on NHS dark blue, not NHS blue", () => {
    // The tile's colour, a pixel in from the left edge half-way down (our PNGs: 8-bit RGBA, filter 0).
    const tile = (file: string) => {
      const png = readFileSync(file);
      const [w] = pngSize(file);
      const idat = png.subarray(png.indexOf('IDAT') + 4, png.indexOf('IEND') - 8);
      const raw = inflateSync(idat);
      const y = Math.floor(w! / 2);
      const x = Math.max(1, Math.floor(w! * 0.06));
      const at = y * (w! * 4 + 1) + 1 + x * 4;
      return [...raw.subarray(at, at + 3)];
    };
    const nhsBlue = [0, 94, 184];
    const nhsDarkBlue = [0, 48, 135];
    for (const size of [16, 32, 64, 80, 128]) expect(tile(resolve(root, `assets/icon-${size}.png`))).toEqual(nhsBlue);
    for (const size of [16, 32, 80]) {
      expect(pngSize(resolve(root, `assets/app-icon-${size}.png`))).toEqual([size, size]);
      expect(tile(resolve(root, `assets/app-icon-${size}.png`))).toEqual(nhsDarkBlue);
    }
    expect(tile(resolve(root, 'addin/color.png'))).toEqual(nhsDarkBlue);
    const ribbon = json.extensions[0].ribbons[0].tabs[0].groups[0].controls[0].icons.map((i: { url: string }) => i.url);
    expect(ribbon).toEqual([16, 32, 80].map((n) => `https://localhost:3000/app-icon-${n}.png`));
  });

  test('the same GUID in both is refused', () => {
    expect(checkManifestPair(xml, { ...clone(json), id: xmlId }, readIcon)).toEqual([
      `the unified manifest's "id" must be a different GUID from manifest.xml's <Id> (both are ${xmlId}) ${source}`,
    ]);
    const upper = clone(json);
    upper.id = xmlId.toUpperCase();
    expect(checkManifestPair(xml, upper, readIcon)).toHaveLength(1);
    expect(checkManifestPair(xml, { ...clone(json), id: 'nas-assistant' }, readIcon)).toEqual([
      `the unified manifest's "id" must be a GUID, not nas-assistant ${source}`,
    ]);
  });

  test('a unified manifest that does not hide the XML add-in, or hides another, is refused', () => {
    const none = clone(json);
    delete none.extensions[0].alternates;
    expect(checkManifestPair(xml, none, readIcon)).toEqual([
      `the unified manifest must hide the add-in only version: extensions[].alternates[].hide.customOfficeAddin.officeAddinId must be ${xmlId}, and there is none ${source}`,
    ]);
    const other = clone(json);
    other.extensions[0].alternates[0].hide.customOfficeAddin.officeAddinId = '0b7b1c5e-2f0e-4c47-9d3c-7f0a1d2c3b4a';
    expect(checkManifestPair(xml, other, readIcon)).toEqual([
      `the unified manifest must hide the add-in only version: extensions[].alternates[].hide.customOfficeAddin.officeAddinId must be ${xmlId}, not 0b7b1c5e-2f0e-4c47-9d3c-7f0a1d2c3b4a ${source}`,
    ]);
  });

  test('the same name in both is refused (short or full, whatever the case)', () => {
    const same = xml.replace('NAS Assistant (Outlook add-in)', 'NAS Assistant');
    expect(checkManifestPair(same, json, readIcon)).toEqual([
      `the two versions need different names: "NAS Assistant" is manifest.xml's <DisplayName> too ${source}`,
    ]);
    const full = clone(json);
    full.name.full = 'nas assistant (outlook add-in)';
    expect(checkManifestPair(xml, full, readIcon)).toHaveLength(1);
  });

  test('an icon file used by both, or the same image under another name, is refused', () => {
    const shared = clone(json);
    shared.extensions[0].ribbons[0].tabs[0].groups[0].controls[0].icons[0].url = 'https://localhost:3000/icon-16.png';
    expect(checkManifestPair(xml, shared, readIcon)).toEqual([
      `the two versions need different icons: icon-16.png is used by both manifests ${source}`,
    ]);
    // color.png read as the XML's 128 px image: different name, same picture.
    const copy = (ref: string, side: 'xml' | 'json') =>
      side === 'json' && ref === 'color.png' ? readFileSync(resolve(root, 'assets/icon-128.png')) : readIcon(ref, side);
    expect(checkManifestPair(xml, json, copy)).toEqual([
      `the two versions need different icons: color.png is the same image as icon-128.png ${source}`,
    ]);
  });

  test('alternateIcons are refused: the admin centre would make a second XML add-in from the unified manifest', () => {
    const withIcons = clone(json);
    withIcons.extensions[0].alternates.push({
      alternateIcons: {
        icon: { size: 64, url: 'https://localhost:3000/app-icon-80.png' },
        highResolutionIcon: { size: 64, url: 'https://localhost:3000/app-icon-80.png' },
      },
    });
    expect(validateUnified(withIcons)).toEqual([]);
    expect(checkManifestPair(xml, withIcons, readIcon)).toEqual([
      'the unified manifest must not carry alternateIcons: the Microsoft 365 admin centre would generate a second add-in only manifest from it, beside manifest.xml (Microsoft: "Office Add-ins manifest")',
    ]);
  });
});
