import { article, Article } from './article'
import { author, Author } from './author'
import { page, Page } from './page'
import { product, Product } from './product'

export { Article, Author, Page, Product }

/** Every document type's contract, by kind: the content check reads fields and rules from here. */
export const contracts = { article, author, product, page }
