/** Progress arithmetic: milestone counts with withdrawn ones named, and legend percentages that add up to 100. */
import {expect} from '@open-wc/testing';
import {countMilestones, percentShares} from './progress.js';
import type {Commitment, MilestoneStatus} from './types.js';

const commitment = (...statuses: MilestoneStatus[]): Commitment =>
  ({
    id: 'c',
    number: '1',
    title: 'C',
    policyAreas: [],
    milestones: statuses.map((status, i) => ({id: `m${i}`, title: `M${i}`, status, end: '2025-06-30'})),
  }) as Commitment;

describe('countMilestones', () => {
  it('counts withdrawn milestones in the total and names them, so withdrawing never completes a commitment', () => {
    // The illustrative plan's commitment 4: one complete, one withdrawn.
    expect(countMilestones([commitment('complete', 'withdrawn')], '2026-03-15')).to.deep.equal({
      complete: 1,
      withdrawn: 1,
      total: 2,
      overdue: 0,
    });
    expect(countMilestones([commitment('complete', 'complete'), commitment('complete', 'withdrawn', 'in-progress')], '2026-03-15')).to.deep.equal({
      complete: 3,
      withdrawn: 1,
      total: 5,
      overdue: 1,
    });
    expect(countMilestones([commitment()], '2026-03-15')).to.deep.equal({complete: 0, withdrawn: 0, total: 0, overdue: 0});
  });
});

describe('percentShares', () => {
  it('gives whole percentages that add up to 100 (largest remainders; ties to the earlier entry)', () => {
    // The illustrative plan's legend: eight commitments, 1/2/2/1/1/1 (rounded one by one: 13+25+25+13+13+13 = 102).
    expect(percentShares([1, 2, 2, 1, 1, 1])).to.deep.equal([13, 25, 25, 13, 12, 12]);
    expect(percentShares([1, 1, 1])).to.deep.equal([34, 33, 33]);
    expect(percentShares([2, 1])).to.deep.equal([67, 33]);
    expect(percentShares([0, 3, 0])).to.deep.equal([0, 100, 0]);
    expect(percentShares([0, 0])).to.deep.equal([0, 0]);
    expect(percentShares([])).to.deep.equal([]);
  });

  it('stays within one point of each exact share and sums to 100 for any counts', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 48271) % 2147483647) / 2147483647);
    for (let run = 0; run < 500; run++) {
      const counts = Array.from({length: 1 + Math.floor(random() * 7)}, () => Math.floor(random() * 40));
      const sum = counts.reduce((a, b) => a + b, 0);
      const shares = percentShares(counts);
      if (!sum) continue;
      expect(shares.reduce((a, b) => a + b, 0), `${counts}`).to.equal(100);
      shares.forEach((share, i) => {
        expect(Number.isInteger(share)).to.equal(true);
        expect(Math.abs(share - (counts[i] * 100) / sum), `${counts}`).to.be.lessThan(1);
      });
    }
  });
});
