import type { ArticleCard } from '@/lib/articles';
import { StoryCard } from './story-card';

export function StoryGrid({ stories, headingLevel = 3 }: { stories: ArticleCard[]; headingLevel?: 2 | 3 }) {
  return (
    <ul className="grid gap-8 sm:grid-cols-2 lg:grid-cols-3">
      {stories.map((story) => (
        <li key={story.id}>
          <StoryCard story={story} headingLevel={headingLevel} />
        </li>
      ))}
    </ul>
  );
}
