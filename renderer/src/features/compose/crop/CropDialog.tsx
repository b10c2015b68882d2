import { useState } from 'react';
import ReactCrop, { type PercentCrop } from 'react-image-crop';
import 'react-image-crop/dist/ReactCrop.css';
import type { MediaFixSuggestion, MediaItem, Platform } from '../../../../../preload/contract';
import { aspectRatio, pixelSize } from '../../../lib/mediaFacts';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import { Radio, RadioGroup } from '../../../ui/RadioGroup';
import { useMediaFix } from '../issues/useMediaFix';
import { cropFramesFor } from './cropFrames';
import { centeredCrop, cropToPixels, type PercentRect } from './cropGeometry';
import './CropDialog.css';

export interface CropDialogProps {
  item: MediaItem;
  fix: MediaFixSuggestion;
  /** The platforms the post goes to: their frames are offered. */
  platforms: readonly Platform[];
  onClose: () => void;
}

/**
 * Crops a picture to a platform's frame. It starts on the frame main suggested; the owner can
 * switch to any target platform's frame, move and resize the crop (mouse or arrow keys) and see
 * the result beside it. The crop is drawn on the preview copy and sent in the original's pixels.
 */
export function CropDialog({ item, fix, platforms, onClose }: CropDialogProps) {
  const size = { width: item.probe.width, height: item.probe.height };
  const frames = cropFramesFor(platforms, fix.aspect?.suggested ?? size.width / size.height);
  const [frameId, setFrameId] = useState(frames[0]?.id ?? '');
  const frame = frames.find((candidate) => candidate.id === frameId) ?? frames[0];
  const aspect = frame?.aspect ?? null;
  const [rect, setRect] = useState<PercentRect>(() => centeredCrop(aspect, size));
  const [isBusy, setBusy] = useState(false);
  const applyFix = useMediaFix();

  const pixels = cropToPixels(rect, size, aspect);
  const crop: PercentCrop = { unit: '%', ...rect };

  const chooseFrame = (id: string) => {
    setFrameId(id);
    setRect(centeredCrop(frames.find((candidate) => candidate.id === id)?.aspect ?? null, size));
  };

  const apply = async () => {
    setBusy(true);
    const applied = await applyFix(item.id, { kind: 'crop', ...pixels });
    setBusy(false);
    if (applied) onClose();
  };

  return (
    <Dialog
      title={`Crop ${item.originalName}`}
      size="guide"
      isOpen
      isDismissable={!isBusy}
      onOpenChange={(open) => {
        if (!open && !isBusy) onClose();
      }}
      actions={(close) => (
        <>
          <Button onPress={close} isDisabled={isBusy}>
            Cancel
          </Button>
          <Button variant="primary" isPending={isBusy} onPress={() => void apply()}>
            Apply crop
          </Button>
        </>
      )}
    >
      <RadioGroup label="Frame" value={frameId} onChange={chooseFrame}>
        {frames.map((candidate) => (
          <Radio key={candidate.id} value={candidate.id}>
            {candidate.label}
          </Radio>
        ))}
      </RadioGroup>
      <div className="crop-tool">
        <ReactCrop
          className="crop-tool__area"
          crop={crop}
          aspect={aspect ?? undefined}
          keepSelection
          ruleOfThirds
          onChange={(_, percent) => setRect({ x: percent.x, y: percent.y, width: percent.width, height: percent.height })}
        >
          <img className="crop-tool__image" src={item.previewUrl} alt={`${item.originalName}, with the crop frame`} />
        </ReactCrop>
        <figure className="crop-tool__result">
          <div
            className="crop-tool__frame"
            role="img"
            aria-label="The cropped picture"
            style={{
              aspectRatio: `${pixels.width} / ${pixels.height}`,
              // As wide as fits, but never so tall that a 9:16 frame leaves the window.
              width: `min(100%, calc(40vh * ${pixels.width / pixels.height}))`,
              backgroundImage: `url("${item.previewUrl}")`,
              backgroundSize: `${10000 / rect.width}% ${10000 / rect.height}%`,
              backgroundPosition: `${offset(rect.x, rect.width)}% ${offset(rect.y, rect.height)}%`,
            }}
          />
          <figcaption className="field-description">
            {aspectRatio(pixels.width, pixels.height)}, {pixelSize(pixels.width, pixels.height)}
          </figcaption>
        </figure>
      </div>
    </Dialog>
  );
}

/** A background-position percentage that puts the crop's edge at the frame's edge. */
function offset(start: number, length: number): number {
  return length >= 100 ? 0 : (start / (100 - length)) * 100;
}
