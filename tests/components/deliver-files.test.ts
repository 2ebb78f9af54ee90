import { afterEach, describe, expect, it, vi } from 'vitest';
import { deliverFiles } from '../../src/ui/deliver-files';

const files = [new File(['{}'], 'crampnote.json', { type: 'application/json' })];

function stubDownloads() {
  const clicked: string[] = [];
  vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: () => 'blob:x', revokeObjectURL: () => undefined }));
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    clicked.push(this.download);
  });
  return clicked;
}

describe('handing files over', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    Reflect.deleteProperty(navigator, 'share');
    Reflect.deleteProperty(navigator, 'canShare');
  });

  it('uses the share sheet where the browser can share files', async () => {
    const share = vi.fn(async () => undefined);
    Object.assign(navigator, { canShare: () => true, share });
    const clicked = stubDownloads();
    expect(await deliverFiles(files, 'Crampnote')).toBe('shared');
    expect(share).toHaveBeenCalledWith({ files, title: 'Crampnote' });
    expect(clicked).toEqual([]);
  });

  it('a share the person cancels is not an error and downloads nothing', async () => {
    Object.assign(navigator, { canShare: () => true, share: vi.fn(async () => Promise.reject(new DOMException('cancelled', 'AbortError'))) });
    const clicked = stubDownloads();
    expect(await deliverFiles(files, 'Crampnote')).toBe('cancelled');
    expect(clicked).toEqual([]);
  });

  it('downloads where sharing files is not offered, or fails', async () => {
    const clicked = stubDownloads();
    expect(await deliverFiles(files, 'Crampnote')).toBe('downloaded');
    Object.assign(navigator, { canShare: () => true, share: vi.fn(async () => Promise.reject(new DOMException('no', 'NotAllowedError'))) });
    expect(await deliverFiles(files, 'Crampnote')).toBe('downloaded');
    expect(clicked).toEqual(['crampnote.json', 'crampnote.json']);
  });
});
