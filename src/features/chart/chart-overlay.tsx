import { usePlotArea, useXAxisScale, useYAxisScale, ZIndexLayer } from 'recharts';
import { overlayLayers, type OverlayProps } from './overlay-layers';

/**
 * The annotations (overlay-layers.tsx) inside the Recharts chart, drawn from its axis scales. One component
 * rather than separate Recharts reference elements: each of those would re-register in Recharts' store on every
 * edit, which cost more than drawing the lines themselves.
 */
export function ChartOverlay(props: OverlayProps) {
  const x = useXAxisScale();
  const y = useYAxisScale();
  const area = usePlotArea();
  if (!x || !y || !area) return null;
  const layers = overlayLayers(props, x, y, area);
  return (
    <>
      <ZIndexLayer zIndex={-90}>{layers.bands}</ZIndexLayer>
      <ZIndexLayer zIndex={450}>{layers.notes}</ZIndexLayer>
      <ZIndexLayer zIndex={600}>{layers.markers}</ZIndexLayer>
    </>
  );
}
