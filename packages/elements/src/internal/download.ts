/** A file the reader downloads (a block's current view as CSV or JSON). @internal */
export interface DownloadFile {
  fileName: string;
  mimeType: string;
  content: string;
}

/** Hands the file to the browser's download. CSV gets a byte-order mark so spreadsheets read it as UTF-8 (ë, ç, š, ž). @internal */
export function downloadFile(file: DownloadFile, root: ParentNode): void {
  const body = file.mimeType === 'text/csv' ? `\uFEFF${file.content}` : file.content;
  const url = URL.createObjectURL(new Blob([body], { type: `${file.mimeType};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.hidden = true;
  root.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
