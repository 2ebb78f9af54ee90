/**
 * Hands files to the person: the share sheet where the browser can share files (phones), a download
 * otherwise. Resolves to what happened; a share the person cancels is not an error.
 */
export type Delivery = 'shared' | 'downloaded' | 'cancelled';

export async function deliverFiles(files: File[], title: string): Promise<Delivery> {
  if (typeof navigator.canShare === 'function' && navigator.canShare({ files })) {
    try {
      await navigator.share({ files, title });
      return 'shared';
    } catch (error) {
      if ((error as { name?: string }).name === 'AbortError') return 'cancelled';
      // Sharing failed for another reason: fall back to downloading.
    }
  }
  for (const file of files) {
    const url = URL.createObjectURL(file);
    const a = document.createElement('a');
    a.href = url;
    a.download = file.name;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 30_000);
  }
  return 'downloaded';
}
