import { useState } from 'react';
import type { InsightsQuery } from '../../../../preload/contract';
import { useToast } from '../../app/useToast';
import { settle } from '../../bridge/settle';
import { useAppServices } from '../../app/AppServicesContext';
import { describeError } from '../../lib/describeError';
import { Button } from '../../ui/Button';
import { ImportIcon } from '../../ui/icons';
import { downloadText } from './downloadText';

type ExportKind = 'posts' | 'daily';

const EXPORTS: readonly { kind: ExportKind; label: string }[] = [
  { kind: 'posts', label: 'Posts with latest figures' },
  { kind: 'daily', label: 'Daily account figures' },
];

/** The period's figures as CSV files, for a spreadsheet. */
export function CsvExport({ query }: { query: InsightsQuery }) {
  const { api } = useAppServices();
  const toast = useToast();
  const [running, setRunning] = useState<ExportKind | null>(null);

  const save = async (kind: ExportKind) => {
    setRunning(kind);
    const result = await settle(() => api.insights.exportCsv({ kind, query }));
    setRunning(null);
    if (result.ok) downloadText(document, result.value.fileName, result.value.csv);
    else toast({ tone: 'error', title: 'The file was not made', body: describeError(result) });
  };

  return (
    <div className="insights-export" role="group" aria-label="Export as CSV">
      <span className="field-label">Export as CSV</span>
      <div className="insights-export__buttons">
        {EXPORTS.map(({ kind, label }) => (
          <Button key={kind} isPending={running === kind} onPress={() => void save(kind)}>
            <ImportIcon size={16} />
            {label}
          </Button>
        ))}
      </div>
    </div>
  );
}
