import { useState } from 'react';
import { FileTrigger } from 'react-aria-components';
import type { MediaFixSuggestion } from '../../../../../preload/contract';
import { Button } from '../../../ui/Button';
import { Checkbox } from '../../../ui/Checkbox';
import { PlusIcon } from '../../../ui/icons';
import { CropDialog } from '../crop/CropDialog';
import { MediaIssues } from '../issues/MediaIssues';
import { useComposer } from '../useComposer';
import { ImportFailures } from './ImportFailures';
import { MediaStrip } from './MediaStrip';
import './MediaSection.css';

/** What the file picker offers: pictures and videos, and HEIC, which some systems do not call an image. */
const ACCEPTED_FILES = ['image/*', 'video/*', '.heic'];

/** The post's media: the strip, adding files, what failed to import, what needs fixing, and privacy. */
export function MediaSection({ nameOfTarget }: { nameOfTarget: (targetId: string | null) => string | null }) {
  const importFiles = useComposer((state) => state.importFiles);
  const importing = useComposer((state) => state.importing);
  const media = useComposer((state) => state.media);
  const stripMetadata = useComposer((state) => state.draft.stripMetadata);
  const targets = useComposer((state) => state.draft.targets);
  const validation = useComposer((state) => state.validation);
  const edit = useComposer((state) => state.edit);
  const [cropping, setCropping] = useState<MediaFixSuggestion | null>(null);
  const croppingItem = cropping ? media[cropping.mediaId] : null;
  const issues = validation?.issues.filter((issue) => issue.subject === 'media') ?? [];

  return (
    <section className="card compose-card" aria-labelledby="compose-media-title">
      <div className="compose-card__head">
        <h2 id="compose-media-title" className="compose-card__title">
          Photos and videos
        </h2>
        <FileTrigger acceptedFileTypes={ACCEPTED_FILES} allowsMultiple onSelect={(files) => void importFiles(files ? [...files] : [])}>
          <Button isPending={importing > 0}>
            <PlusIcon size={16} />
            Add media
          </Button>
        </FileTrigger>
      </div>
      <MediaStrip issues={issues} />
      <p role="status" className="media-section__progress">
        {importing > 0 ? `Adding ${importing === 1 ? 'one file' : `${importing} files`}…` : ''}
      </p>
      <ImportFailures />
      <MediaIssues issues={issues} media={media} nameOfTarget={nameOfTarget} onCrop={setCropping} />
      <Checkbox
        isSelected={stripMetadata}
        onChange={(isSelected) => edit((draft) => ({ ...draft, stripMetadata: isSelected }))}
        description="On unless you turn it off: photos leave this computer without their GPS position or the camera's make, model and serial number."
      >
        Remove location and camera details before posting
      </Checkbox>
      {cropping && croppingItem ? (
        <CropDialog item={croppingItem} fix={cropping} platforms={targets.map((target) => target.platform)} onClose={() => setCropping(null)} />
      ) : null}
    </section>
  );
}
